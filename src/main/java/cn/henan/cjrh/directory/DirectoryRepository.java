package cn.henan.cjrh.directory;

import cn.henan.cjrh.shared.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory_entry table. */
@Repository
class DirectoryRepository {
    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lists the enterprise unless this application already did, or the enterprise is listed by another application:
     * the unique keys decide between concurrent calls, so there is never a second row.
     */
    boolean insertUnlessListed(NewEntry entry) {
        return jdbc.sql(
                                """
                        insert into directory_entry (application_id, application_number, enterprise_id, uscc, name,
                                                     city_code, county_code, level, certified_at)
                        values (:application, :number, :enterprise, :uscc, :name, :city, :county, :level, :at)
                        on conflict do nothing
                        """)
                        .param("application", entry.applicationId())
                        .param("number", entry.applicationNumber())
                        .param("enterprise", entry.enterpriseId())
                        .param("uscc", entry.uscc())
                        .param("name", entry.name())
                        .param("city", entry.cityCode())
                        .param("county", entry.countyCode())
                        .param("level", entry.level().name())
                        .param("at", Timestamp.from(entry.certifiedAt()))
                        .update()
                == 1;
    }

    Optional<DirectoryEntry> findByApplication(long applicationId) {
        return jdbc.sql("select * from directory_entry where application_id = :id")
                .param("id", applicationId)
                .query(DirectoryRepository::entry)
                .optional();
    }

    Optional<DirectoryEntry> findPresent(long enterpriseId) {
        return jdbc.sql("select * from directory_entry where enterprise_id = :id and removed_at is null")
                .param("id", enterpriseId)
                .query(DirectoryRepository::entry)
                .optional();
    }

    Optional<DirectoryEntry> remove(long enterpriseId, Instant at, String reason) {
        return jdbc.sql(
                        """
                        update directory_entry set removed_at = :at, removal_reason = :reason
                        where enterprise_id = :id and removed_at is null
                        returning *
                        """)
                .param("id", enterpriseId)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .query(DirectoryRepository::entry)
                .optional();
    }

    /**
     * Present entries, newest certification first. {@code nameContains} is matched case-insensitively anywhere in the
     * name (trigram index), {@code usccPrefix} at the start of the USCC (pattern index); either may match.
     */
    Page<DirectoryEntry> search(String nameContains, String usccPrefix, String cityCode, Page.Request page) {
        var where = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        where.add("removed_at is null");
        if (cityCode != null) {
            where.add("city_code = :city");
            params.put("city", cityCode);
        }
        if (nameContains != null && usccPrefix != null) {
            where.add("(name ilike :contains escape '\\' or uscc like :prefix escape '\\')");
            params.put("contains", "%" + escapeLike(nameContains) + "%");
            params.put("prefix", escapeLike(usccPrefix) + "%");
        } else if (nameContains != null) {
            where.add("name ilike :contains escape '\\'");
            params.put("contains", "%" + escapeLike(nameContains) + "%");
        }
        var condition = " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from directory_entry" + condition)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select * from directory_entry" + condition
                        + " order by certified_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(DirectoryRepository::entry)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static DirectoryEntry entry(ResultSet rs, int row) throws SQLException {
        var removedAt = rs.getTimestamp("removed_at");
        return new DirectoryEntry(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getLong("application_id"),
                rs.getString("application_number"),
                rs.getString("uscc"),
                rs.getString("name"),
                rs.getString("city_code"),
                rs.getString("county_code"),
                DirectoryLevel.valueOf(rs.getString("level")),
                rs.getTimestamp("certified_at").toInstant(),
                removedAt == null ? null : removedAt.toInstant(),
                rs.getString("removal_reason"));
    }

    record NewEntry(
            long applicationId,
            String applicationNumber,
            long enterpriseId,
            String uscc,
            String name,
            String cityCode,
            String countyCode,
            DirectoryLevel level,
            Instant certifiedAt) {}
}
