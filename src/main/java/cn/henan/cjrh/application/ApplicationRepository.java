package cn.henan.cjrh.application;

import cn.henan.cjrh.shared.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {
    private static final String SUMMARY_COLUMNS =
            """
            a.id, a.number, a.batch_id, a.status, a.version, a.dossier_version, a.enterprise_id, e.name, e.uscc,
            a.county_code, a.city_code, a.created_at, a.updated_at, a.submitted_at
            """;
    private final JdbcClient jdbc;
    private final FormJson json;

    ApplicationRepository(JdbcClient jdbc, FormJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next number of a batch year and county; the counter row stays locked until the caller commits. */
    int nextSequence(int year, String countyCode) {
        return jdbc.sql(
                        """
                        insert into application_number_counter (year, county_code, last_value) values (:year, :county, 1)
                        on conflict (year, county_code)
                            do update set last_value = application_number_counter.last_value + 1
                        returning last_value
                        """)
                .param("year", year)
                .param("county", countyCode)
                .query(Integer.class)
                .single();
    }

    long insert(NewApplication application) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into application (number, batch_id, enterprise_id, county_code, city_code, direct_to_province,
                                                 status, form)
                        values (:number, :batch, :enterprise, :county, :city, :direct, 'DRAFT', cast(:form as jsonb))
                        """)
                .param("number", application.number())
                .param("batch", application.batchId())
                .param("enterprise", application.enterpriseId())
                .param("county", application.countyCode())
                .param("city", application.cityCode())
                .param("direct", application.directToProvince())
                .param("form", json.write(application.form()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    boolean hasOpenApplication(long enterpriseId, long batchId) {
        return jdbc.sql(
                                """
                                select count(*) from application where enterprise_id = :enterprise and batch_id = :batch
                                and status not in ('REJECTED', 'WITHDRAWN')
                                """)
                        .param("enterprise", enterpriseId)
                        .param("batch", batchId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Application> find(long id) {
        return jdbc.sql("select * from application where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Locks the row for the rest of the transaction: status changes and freezes are serialised per application. */
    Optional<Application> findForUpdate(long id) {
        return jdbc.sql("select * from application where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Saves the form if the caller edited the current version of an editable application; false otherwise. */
    boolean updateForm(long id, int expectedVersion, ApplicationForm form, Instant now) {
        return jdbc.sql(
                                """
                                update application set form = cast(:form as jsonb), version = version + 1, updated_at = :now,
                                                       edited_at = :now
                                where id = :id and version = :version and status in ('DRAFT', 'RETURNED')
                                """)
                        .param("form", json.write(form))
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    void markFrozen(long id, int dossierVersion, Instant now) {
        jdbc.sql(
                        """
                        update application set dossier_version = :dossier, submitted_at = :now, updated_at = :now
                        where id = :id
                        """)
                .param("dossier", dossierVersion)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** The working dossier changed (evidence added or removed): a resubmission has something new to show. */
    void touch(long id, Instant now) {
        jdbc.sql("update application set updated_at = :now, edited_at = :now where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void updateStatus(long id, ApplicationStatus status, Instant now) {
        jdbc.sql("update application set status = :status, updated_at = :now where id = :id")
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    Page<ApplicationSummary> page(ApplicationScope scope, ApplicationStatus status, Page.Request request) {
        var where = "where " + scope.condition() + (status == null ? "" : " and a.status = :status");
        var total = jdbc.sql("select count(*) from application a " + where)
                .params(scope.params())
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "select " + SUMMARY_COLUMNS + " from application a join enterprise e on e.id = a.enterprise_id "
                                + where + " order by a.updated_at desc, a.id desc limit :limit offset :offset")
                .params(scope.params())
                .param("status", status == null ? null : status.name())
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(ApplicationRepository::summary)
                .list();
        return new Page<>(items, request.page(), request.size(), total);
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        var submitted = rs.getTimestamp("submitted_at");
        return new Application(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("batch_id"),
                rs.getLong("enterprise_id"),
                rs.getString("county_code"),
                rs.getString("city_code"),
                rs.getBoolean("direct_to_province"),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                json.readForm(rs.getString("form")),
                rs.getInt("dossier_version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                submitted == null ? null : submitted.toInstant(),
                rs.getTimestamp("edited_at").toInstant());
    }

    private static ApplicationSummary summary(ResultSet rs, int row) throws SQLException {
        var submitted = rs.getTimestamp("submitted_at");
        return new ApplicationSummary(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("batch_id"),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getInt("dossier_version"),
                rs.getLong("enterprise_id"),
                rs.getString("name"),
                rs.getString("uscc"),
                rs.getString("county_code"),
                rs.getString("city_code"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    record NewApplication(
            String number,
            long batchId,
            long enterpriseId,
            String countyCode,
            String cityCode,
            boolean directToProvince,
            ApplicationForm form) {}
}
