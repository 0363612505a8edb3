package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.ImpactJob.Status;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Impact analysis jobs ({@code impact_job}), the applications whose result changed ({@code impact_job_change}), and the
 * past applications they re-assess, read in keyset-paginated batches: each application's latest submitted dossier
 * version ({@code application.dossier_version}, frozen in {@code dossier_version}).
 */
@Repository
class ImpactJobRepository {
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImpactJobRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Applications with at least one submitted dossier version. */
    int countSubmitted() {
        return jdbc.sql("select count(*) from application where dossier_version > 0")
                .query(Integer.class)
                .single();
    }

    /**
     * The next {@code limit} submitted applications after {@code afterId} (keyset on the primary key, never OFFSET),
     * each with the form of its latest dossier version as JSON text.
     */
    List<PastApplication> submittedAfter(long afterId, int limit) {
        return jdbc.sql(
                        """
                        select a.id, a.number, a.city_code, a.county_code, d.form::text as form, d.frozen_at
                        from application a
                        join dossier_version d on d.application_id = a.id and d.number = a.dossier_version
                        where a.dossier_version > 0 and a.id > :after
                        order by a.id
                        limit :limit
                        """)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new PastApplication(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("city_code"),
                        rs.getString("county_code"),
                        rs.getString("form"),
                        rs.getTimestamp("frozen_at").toInstant()))
                .list();
    }

    long insert(int version, int total, String requestedBy, Instant startedAt) {
        return jdbc.sql(
                        """
                        insert into impact_job (version, status, total, processed, started_at, requested_by)
                        values (:version, 'RUNNING', :total, 0, :at, :by)
                        returning id
                        """)
                .param("version", version)
                .param("total", total)
                .param("at", Timestamp.from(startedAt))
                .param("by", requestedBy)
                .query(Long.class)
                .single();
    }

    void progress(long jobId, int processed) {
        jdbc.sql("update impact_job set processed = :processed where id = :id")
                .param("processed", processed)
                .param("id", jobId)
                .update();
    }

    void finish(long jobId, int processed, ImpactReport report, Instant at) {
        jdbc.sql(
                        """
                        update impact_job set status = 'DONE', processed = :processed, finished_at = :at,
                            result = cast(:result as jsonb)
                        where id = :id
                        """)
                .param("processed", processed)
                .param("at", Timestamp.from(at))
                .param("result", write(report))
                .param("id", jobId)
                .update();
    }

    void fail(long jobId, String error, Instant at) {
        jdbc.sql("update impact_job set status = 'FAILED', finished_at = :at, error = :error where id = :id")
                .param("at", Timestamp.from(at))
                .param("error", error)
                .param("id", jobId)
                .update();
    }

    Optional<ImpactJob> find(int version, long jobId) {
        return jdbc.sql("select * from impact_job where id = :id and version = :version")
                .param("id", jobId)
                .param("version", version)
                .query((rs, n) -> job(rs))
                .optional();
    }

    /** Stores one batch's changed applications in one statement. */
    void insertChanges(long jobId, List<ChangedApplication> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var rows = changes.stream()
                .map(change -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("application_id", change.applicationId());
                    row.put("number", change.number());
                    row.put("city_code", change.cityCode());
                    row.put("county_code", change.countyCode());
                    row.put("before_eligible", change.beforeEligible());
                    row.put("after_eligible", change.afterEligible());
                    row.put("changed_clauses", change.changedClauses());
                    row.put("incentive_deltas", change.incentiveDeltas());
                    return row;
                })
                .toList();
        jdbc.sql(
                        """
                        insert into impact_job_change (job_id, application_id, number, city_code, county_code,
                            before_eligible, after_eligible, changed_clauses, incentive_deltas)
                        select :job, r.application_id, r.number, r.city_code, r.county_code, r.before_eligible,
                            r.after_eligible, r.changed_clauses, coalesce(r.incentive_deltas, '{}'::jsonb)
                        from jsonb_to_recordset(cast(:rows as jsonb)) as r(application_id bigint, number text,
                            city_code text, county_code text, before_eligible boolean, after_eligible boolean,
                            changed_clauses text, incentive_deltas jsonb)
                        """)
                .param("job", jobId)
                .param("rows", write(rows))
                .update();
    }

    /** Every changed application of a job, by application number, one row at a time (not loaded all at once). */
    void changes(long jobId, Consumer<ChangedApplication> consumer) {
        jdbc.sql("select * from impact_job_change where job_id = :job order by number")
                .param("job", jobId)
                .query(rs -> {
                    consumer.accept(new ChangedApplication(
                            rs.getLong("application_id"),
                            rs.getString("number"),
                            rs.getString("city_code"),
                            rs.getString("county_code"),
                            rs.getBoolean("before_eligible"),
                            rs.getBoolean("after_eligible"),
                            rs.getString("changed_clauses"),
                            readDeltas(rs.getString("incentive_deltas"))));
                });
    }

    private ImpactJob job(ResultSet rs) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        var result = rs.getString("result");
        try {
            return new ImpactJob(
                    rs.getLong("id"),
                    rs.getInt("version"),
                    Status.valueOf(rs.getString("status")),
                    rs.getInt("total"),
                    rs.getInt("processed"),
                    rs.getTimestamp("started_at").toInstant(),
                    finished == null ? null : finished.toInstant(),
                    rs.getString("requested_by"),
                    result == null ? null : json.readValue(result, ImpactReport.class),
                    rs.getString("error"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored impact report is unreadable", e);
        }
    }

    private Map<String, BigDecimal> readDeltas(String stored) {
        try {
            return json.readValue(stored, new com.fasterxml.jackson.core.type.TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored incentive deltas are unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON", e);
        }
    }

    /** A submitted application as the impact analysis reads it: the form of its latest dossier version, as JSON. */
    record PastApplication(long id, String number, String cityCode, String countyCode, String form, Instant frozenAt) {}

    /**
     * An application whose result changed: eligibility before and after, the clauses whose status changed (e.g.
     * {@code P06 MET→NOT_MET}), and per incentive item code the change of amount (draft − current).
     */
    record ChangedApplication(
            long applicationId,
            String number,
            String cityCode,
            String countyCode,
            boolean beforeEligible,
            boolean afterEligible,
            String changedClauses,
            Map<String, BigDecimal> incentiveDeltas) {}
}
