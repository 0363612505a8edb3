package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Impact analysis jobs outlive their node: a job whose node died (lease lapsed) or stopped (lease given up) is taken
 * over by the next sweep and run again from the start; a live lease is left alone; a job that used up its attempts
 * fails; finished jobs past the retention period are purged. The dead node is simulated by rows written as it would
 * have left them.
 */
class ImpactJobLeaseIT extends IntegrationTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Autowired
    ImpactAnalysis impact;

    @Autowired
    ImpactJobRepository jobs;

    @Autowired
    RulesetAuthoring authoring;

    @Autowired
    JdbcClient jdbc;

    private int draft;

    @BeforeEach
    void draftAndOneSubmittedApplication() {
        given.submittedEligibleApplication("411602");
        draft = authoring
                .createDraft(given.staff(Role.POLICY_EDITOR, "410000"), 1, "影响分析任务接管")
                .version();
    }

    @Test
    void jobOfADeadNode_isTakenOverAndRunAgainFromTheStart() {
        long jobId = orphan("dead-node", "now() - interval '5 minutes'", 1);
        jdbc.sql(
                        """
                        insert into impact_job_change (job_id, application_id, number, city_code, county_code,
                            before_eligible, after_eligible, changed_clauses, incentive_deltas)
                        values (:job, -1, 'STALE-FROM-DEAD-NODE', '411600', '411602', true, false, 'P06', '{}')
                        """)
                .param("job", jobId)
                .update();

        impact.sweep();

        var job = awaitFinished(jobId);
        assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo(ImpactJob.Status.DONE);
        assertThat(job.processed()).isGreaterThanOrEqualTo(1);
        assertThat(attempts(jobId)).isEqualTo(2);
        assertThat(node(jobId)).isNotEqualTo("dead-node");
        assertThat(jdbc.sql("select count(*) from impact_job_change where job_id = :job and application_id = -1")
                        .param("job", jobId)
                        .query(Integer.class)
                        .single())
                .as("what the dead node stored is discarded with its run")
                .isZero();
    }

    @Test
    void liveLease_isLeftAlone_untilItsNodeGivesItUp() {
        long jobId = orphan("live-node", "now()", 1);

        impact.sweep();

        assertThat(impact.job(draft, jobId).status()).isEqualTo(ImpactJob.Status.RUNNING);
        assertThat(node(jobId)).isEqualTo("live-node");

        jobs.release(jobId, "live-node"); // what a node does for its jobs when it shuts down
        impact.sweep();

        assertThat(awaitFinished(jobId).status()).isEqualTo(ImpactJob.Status.DONE);
    }

    @Test
    void jobThatUsedUpItsAttempts_failsInsteadOfBeingTakenOverAgain() {
        long jobId = orphan("dead-node", "now() - interval '5 minutes'", 3);

        impact.sweep();

        var job = impact.job(draft, jobId);
        assertThat(job.status()).isEqualTo(ImpactJob.Status.FAILED);
        assertThat(job.error()).contains("3");
        assertThat(job.finishedAt()).isNotNull();
    }

    @Test
    void finishedJobs_arePurgedAfterTheRetentionPeriod_withTheirChanges() {
        long old = finished("now() - interval '31 days'");
        long recent = finished("now() - interval '1 day'");

        impact.sweep();

        assertThat(exists(old)).isFalse();
        assertThat(jdbc.sql("select count(*) from impact_job_change where job_id = :job")
                        .param("job", old)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(exists(recent)).isTrue();
    }

    /** A RUNNING job as a node left it, with its lease renewed last at {@code heartbeat} (an SQL expression). */
    private long orphan(String node, String heartbeat, int attempts) {
        return jdbc.sql("insert into impact_job (version, status, total, processed, requested_by, node, heartbeat_at,"
                        + " attempts) values (:version, 'RUNNING', 1, 0, 'policy.editor', :node, " + heartbeat
                        + ", :attempts) returning id")
                .param("version", draft)
                .param("node", node)
                .param("attempts", attempts)
                .query(Long.class)
                .single();
    }

    private long finished(String finishedAt) {
        long id = jdbc.sql("insert into impact_job (version, status, total, processed, requested_by, heartbeat_at,"
                        + " finished_at) values (:version, 'FAILED', 1, 0, 'policy.editor', " + finishedAt + ", "
                        + finishedAt + ") returning id")
                .param("version", draft)
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into impact_job_change (job_id, application_id, number, city_code, county_code,
                            before_eligible, after_eligible, changed_clauses, incentive_deltas)
                        values (:job, -1, 'X', '411600', '411602', true, false, 'P06', '{}')
                        """)
                .param("job", id)
                .update();
        return id;
    }

    private ImpactJob awaitFinished(long jobId) {
        var deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            var job = impact.job(draft, jobId);
            if (job.status() != ImpactJob.Status.RUNNING || Instant.now().isAfter(deadline)) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    private int attempts(long jobId) {
        return jdbc.sql("select attempts from impact_job where id = :id")
                .param("id", jobId)
                .query(Integer.class)
                .single();
    }

    private String node(long jobId) {
        return jdbc.sql("select node from impact_job where id = :id")
                .param("id", jobId)
                .query(String.class)
                .single();
    }

    private boolean exists(long jobId) {
        return jdbc.sql("select count(*) from impact_job where id = :id")
                        .param("id", jobId)
                        .query(Integer.class)
                        .single()
                == 1;
    }
}
