package cn.henan.cjrh.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewDecisionRepository {
    private static final TypeReference<List<Decision.FieldComment>> FIELD_COMMENTS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReviewDecisionRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ReviewDecided decided, Decision decision, Boolean eligible, Boolean needsReview, Instant at) {
        jdbc.sql(
                        """
                        insert into review_decision (task_id, application_id, step, outcome, comment, field_comments,
                            decided_by, decided_by_role, decided_at, dossier_version, ruleset_version, eligible,
                            needs_review, unmet_clauses)
                        values (:task, :application, :step, :outcome, :comment, cast(:fieldComments as jsonb), :by, :role,
                            :at, :dossier, :ruleset, :eligible, :needsReview, cast(:unmet as jsonb))
                        """)
                .param("task", decided.taskId())
                .param("application", decided.applicationId())
                .param("step", decided.step())
                .param("outcome", decided.outcome().name())
                .param("comment", decision.comment())
                .param("fieldComments", write(decision.fieldComments()))
                .param("by", decided.actor().username())
                .param("role", decided.actor().role().name())
                .param("at", Timestamp.from(at))
                .param("dossier", decided.dossierVersion())
                .param("ruleset", decided.rulesetVersion())
                .param("eligible", eligible)
                .param("needsReview", needsReview)
                .param("unmet", write(decided.unmetClauses()))
                .update();
    }

    /** The application of an already decided task, if the task was decided. */
    java.util.Optional<Long> applicationOfDecidedTask(String taskId) {
        return jdbc.sql("select application_id from review_decision where task_id = :task")
                .param("task", taskId)
                .query(Long.class)
                .optional();
    }

    List<ReturnRecord> returnsOf(long applicationId) {
        return jdbc.sql(
                        """
                        select step, decided_at, decided_by, comment, field_comments from review_decision
                        where application_id = :id and outcome = 'RETURN' order by decided_at, id
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new ReturnRecord(
                        rs.getString("step"),
                        rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("decided_by"),
                        rs.getString("comment"),
                        read(rs.getString("field_comments"))))
                .list();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<Decision.FieldComment> read(String stored) {
        try {
            return json.readValue(stored, FIELD_COMMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
