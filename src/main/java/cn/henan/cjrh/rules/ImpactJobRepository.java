package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.ImpactJob.Status;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Impact analysis jobs ({@code impact_job}) with the lease of the node that runs each, and the applications whose
 * result changed ({@code impact_job_change}). The past applications themselves come from the application module
 * ({@link cn.henan.cjrh.application.SubmittedDossiers}).
 */
@Repository
class ImpactJobRepository {
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImpactJobRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(int version, int total, String requestedBy, Instant startedAt, String node) {
        return jdbc.sql(
                        """
                        insert into impact_job (version, status, total, processed, started_at, requested_by, node,
                            heartbeat_at)
                        values (:version, 'RUNNING', :total, 0, :at, :by, :node, :at)
                        returning id
                        """)
                .param("version", version)
                .param("total", total)
                .param("at", Timestamp.from(startedAt))
                .param("by", requestedBy)
                .param("node", node)
                .query(Long.class)
                .single();
    }

    /**
     * Records progress and renews the lease, if {@code node} still holds the running job; the row stays locked until
     * the caller's transaction ends, so a take-over cannot slip in between this and storing the batch's changes.
     *
     * @return whether the node still holds the job
     */
    boolean progress(long jobId, String node, int processed, Instant at) {
        return jdbc.sql(
                                """
                                update impact_job set processed = :processed, heartbeat_at = :at
                                where id = :id and node = :node and status = 'RUNNING'
                                """)
                        .param("processed", processed)
                        .param("at", Timestamp.from(at))
                        .param("id", jobId)
                        .param("node", node)
                        .update()
                == 1;
    }

    /** Renews the node's leases on the jobs it holds (running or waiting for a worker). */
    void renew(Collection<Long> jobIds, String node, Instant at) {
        if (jobIds.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        update impact_job set heartbeat_at = :at
                        where id in (:ids) and node = :node and status = 'RUNNING'
                        """)
                .param("at", Timestamp.from(at))
                .param("ids", jobIds)
                .param("node", node)
                .update();
    }

    /** Gives up the node's hold at shutdown, so the next node to look takes the job over without waiting. */
    void release(long jobId, String node) {
        jdbc.sql(
                        """
                        update impact_job set node = null, heartbeat_at = 'epoch'
                        where id = :id and node = :node and status = 'RUNNING'
                        """)
                .param("id", jobId)
                .param("node", node)
                .update();
    }

    /**
     * Takes over one running job whose lease lapsed before {@code lapsedBefore} and has had fewer than
     * {@code maxAttempts} runs: the node holds it from now on, its progress and changes start again from nothing.
     * {@code SKIP LOCKED} lets two nodes sweep at once without taking the same job.
     */
    Optional<TakenOver> takeOverLapsed(String node, Instant lapsedBefore, int maxAttempts, int total, Instant at) {
        var taken = jdbc.sql(
                        """
                        update impact_job j
                        set node = :node, heartbeat_at = :at, attempts = j.attempts + 1, processed = 0, total = :total
                        where j.id = (select id from impact_job
                                      where status = 'RUNNING' and heartbeat_at < :lapsed and attempts < :max
                                      order by id limit 1 for update skip locked)
                        returning j.id, j.version, j.attempts
                        """)
                .param("node", node)
                .param("at", Timestamp.from(at))
                .param("total", total)
                .param("lapsed", Timestamp.from(lapsedBefore))
                .param("max", maxAttempts)
                .query((rs, n) -> new TakenOver(rs.getLong("id"), rs.getInt("version"), rs.getInt("attempts")))
                .optional();
        taken.ifPresent(job -> jdbc.sql("delete from impact_job_change where job_id = :id")
                .param("id", job.jobId())
                .update());
        return taken;
    }

    /** Marks FAILED the running jobs whose lease lapsed after their last allowed run. */
    int failExhausted(Instant lapsedBefore, int maxAttempts, String error, Instant at) {
        return jdbc.sql(
                        """
                        update impact_job set status = 'FAILED', finished_at = :at, error = :error, node = null
                        where status = 'RUNNING' and heartbeat_at < :lapsed and attempts >= :max
                        """)
                .param("at", Timestamp.from(at))
                .param("error", error)
                .param("lapsed", Timestamp.from(lapsedBefore))
                .param("max", maxAttempts)
                .update();
    }

    /** Deletes the jobs finished before {@code cutoff}, with their changed applications. */
    int purgeFinishedBefore(Instant cutoff) {
        return jdbc.sql("delete from impact_job where status <> 'RUNNING' and finished_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    boolean finish(long jobId, String node, int processed, ImpactReport report, Instant at) {
        return jdbc.sql(
                                """
                                update impact_job set status = 'DONE', processed = :processed, finished_at = :at,
                                    result = cast(:result as jsonb), heartbeat_at = :at
                                where id = :id and node = :node and status = 'RUNNING'
                                """)
                        .param("processed", processed)
                        .param("at", Timestamp.from(at))
                        .param("result", write(report))
                        .param("id", jobId)
                        .param("node", node)
                        .update()
                == 1;
    }

    void fail(long jobId, String node, String error, Instant at) {
        jdbc.sql(
                        """
                        update impact_job set status = 'FAILED', finished_at = :at, error = :error
                        where id = :id and node = :node and status = 'RUNNING'
                        """)
                .param("at", Timestamp.from(at))
                .param("error", error)
                .param("id", jobId)
                .param("node", node)
                .update();
    }

    Optional<ImpactJob> find(int version, long jobId) {
        return jdbc.sql("select * from impact_job where id = :id and version = :version")
                .param("id", jobId)
                .param("version", version)
                .query((rs, n) -> job(rs))
                .optional();
    }

    /** A version's most recent jobs, newest first (without their reports, which can be large). */
    List<ImpactJob> recent(int version, int limit) {
        return jdbc.sql(
                        """
                        select id, version, status, total, processed, started_at, finished_at, requested_by,
                            null as result, error
                        from impact_job where version = :version order by id desc limit :limit
                        """)
                .param("version", version)
                .param("limit", limit)
                .query((rs, n) -> job(rs))
                .list();
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

    /** A job a node took over: which version to analyse, and which run this is. */
    record TakenOver(long jobId, int version, int attempts) {}
}
