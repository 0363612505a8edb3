package cn.henan.cjrh.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The publicity and objection tables. */
@Repository
class PublicityRepository {
    private static final String PUBLICITY_COLUMNS =
            "id, application_id, application_number, starts_at, ends_at, ended_at";
    private final JdbcClient jdbc;

    PublicityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens a publicity unless one is open for the application; the partial unique index decides between two
     * concurrent calls (the second waits for the first and then inserts nothing).
     */
    boolean insertUnlessOpen(NewPublicity publicity) {
        return jdbc.sql(
                                """
                        insert into publicity (application_id, application_number, enterprise_id, enterprise_name, uscc,
                                               city_code, county_code, starts_at, ends_at)
                        values (:application, :number, :enterprise, :name, :uscc, :city, :county, :startsAt, :endsAt)
                        on conflict (application_id) where ended_at is null do nothing
                        """)
                        .param("application", publicity.applicationId())
                        .param("number", publicity.applicationNumber())
                        .param("enterprise", publicity.enterpriseId())
                        .param("name", publicity.enterpriseName())
                        .param("uscc", publicity.uscc())
                        .param("city", publicity.cityCode())
                        .param("county", publicity.countyCode())
                        .param("startsAt", Timestamp.from(publicity.startsAt()))
                        .param("endsAt", Timestamp.from(publicity.endsAt()))
                        .update()
                == 1;
    }

    Optional<Publicity> findOpen(long applicationId) {
        return jdbc.sql("select " + PUBLICITY_COLUMNS
                        + " from publicity where application_id = :id and ended_at is null")
                .param("id", applicationId)
                .query(PublicityRepository::publicity)
                .optional();
    }

    /**
     * The open publicity, locked against being closed until the caller commits: an objection and the end of publicity
     * never cross (the end waits, then sees the objection; or the objection finds publicity closed).
     */
    Optional<Publicity> findOpenForShare(long applicationId) {
        return jdbc.sql("select " + PUBLICITY_COLUMNS
                        + " from publicity where application_id = :id and ended_at is null for share")
                .param("id", applicationId)
                .query(PublicityRepository::publicity)
                .optional();
    }

    Optional<Publicity> close(long applicationId, Instant at) {
        return jdbc.sql("update publicity set ended_at = :at where application_id = :id and ended_at is null returning "
                        + PUBLICITY_COLUMNS)
                .param("id", applicationId)
                .param("at", Timestamp.from(at))
                .query(PublicityRepository::publicity)
                .optional();
    }

    /** Open publicities whose window contains {@code now}, ending soonest first. */
    List<PublicityListing> current(Instant now) {
        return jdbc.sql(
                        """
                        select application_id, application_number, enterprise_name, uscc, city_code, county_code,
                               starts_at, ends_at
                        from publicity
                        where ended_at is null and ends_at > :now and starts_at <= :now
                        order by ends_at, application_number
                        """)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new PublicityListing(
                        rs.getLong("application_id"),
                        rs.getString("application_number"),
                        rs.getString("enterprise_name"),
                        rs.getString("uscc"),
                        rs.getString("city_code"),
                        rs.getString("county_code"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .list();
    }

    long insertObjection(Publicity publicity, ObjectionRequest request, String remoteAddress, Instant raisedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into objection (publicity_id, application_id, name, contact, reason, remote_address,
                                               raised_at)
                        values (:publicity, :application, :name, :contact, :reason, :address, :at)
                        """)
                .param("publicity", publicity.id())
                .param("application", publicity.applicationId())
                .param("name", request.name())
                .param("contact", request.contact())
                .param("reason", request.reason())
                .param("address", remoteAddress)
                .param("at", Timestamp.from(raisedAt))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Objection> findObjection(long id) {
        return jdbc.sql("select * from objection where id = :id")
                .param("id", id)
                .query(PublicityRepository::objection)
                .optional();
    }

    List<Objection> objectionsOf(long applicationId) {
        return jdbc.sql("select * from objection where application_id = :id order by raised_at, id")
                .param("id", applicationId)
                .query(PublicityRepository::objection)
                .list();
    }

    int countOpenObjections(long applicationId) {
        return jdbc.sql("select count(*) from objection where application_id = :id and status = 'OPEN'")
                .param("id", applicationId)
                .query(Integer.class)
                .single();
    }

    List<Long> resolveOpen(long applicationId, ObjectionStatus outcome, Resolution resolution) {
        return jdbc
                .sql(
                        """
                        update objection
                        set status = :status, resolved_at = :at, resolved_by = :by, resolved_by_role = :role,
                            resolution_comment = :comment
                        where application_id = :id and status = 'OPEN'
                        returning id
                        """)
                .param("id", applicationId)
                .param("status", outcome.name())
                .param("at", Timestamp.from(resolution.at()))
                .param("by", resolution.by())
                .param("role", resolution.role())
                .param("comment", resolution.comment())
                .query(Long.class)
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static Publicity publicity(ResultSet rs, int row) throws SQLException {
        var endedAt = rs.getTimestamp("ended_at");
        return new Publicity(
                rs.getLong("id"),
                rs.getLong("application_id"),
                rs.getString("application_number"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                endedAt == null ? null : endedAt.toInstant());
    }

    private static Objection objection(ResultSet rs, int row) throws SQLException {
        var resolvedAt = rs.getTimestamp("resolved_at");
        return new Objection(
                rs.getLong("id"),
                rs.getLong("application_id"),
                rs.getLong("publicity_id"),
                rs.getString("name"),
                rs.getString("contact"),
                rs.getString("reason"),
                rs.getString("remote_address"),
                rs.getTimestamp("raised_at").toInstant(),
                ObjectionStatus.valueOf(rs.getString("status")),
                resolvedAt == null ? null : resolvedAt.toInstant(),
                rs.getString("resolved_by"),
                rs.getString("resolution_comment"));
    }

    record NewPublicity(
            long applicationId,
            String applicationNumber,
            long enterpriseId,
            String enterpriseName,
            String uscc,
            String cityCode,
            String countyCode,
            Instant startsAt,
            Instant endsAt) {}

    record Resolution(Instant at, String by, String role, String comment) {}
}
