package cn.henan.cjrh.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** 审计日志 — appends audit records and reads a subject's trail. */
@Service
public class AuditLog {
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so the record commits with the change it describes, or not at all. */
    public void append(AuditEntry entry) {
        jdbc.sql(
                        """
                        insert into audit_record (occurred_at, actor, actor_role, actor_jurisdiction, action,
                                                  subject_type, subject_id, details)
                        values (:at, :actor, :role, :jurisdiction, :action, :subjectType, :subjectId, cast(:details as jsonb))
                        """)
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("actor", entry.actor().username())
                .param(
                        "role",
                        entry.actor().role() == null
                                ? null
                                : entry.actor().role().name())
                .param("jurisdiction", entry.actor().jurisdictionCode())
                .param("action", entry.action())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("details", toJson(entry.details()))
                .update();
    }

    /** A subject's trail, oldest first. */
    public List<AuditRecord> trailOf(String subjectType, String subjectId) {
        return jdbc.sql(
                        """
                        select * from audit_record where subject_type = :type and subject_id = :id
                        order by occurred_at, id
                        """)
                .param("type", subjectType)
                .param("id", subjectId)
                .query((rs, n) -> new AuditRecord(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("actor_role"),
                        rs.getString("actor_jurisdiction"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        fromJson(rs.getString("details"))))
                .list();
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be JSON-serialisable", e);
        }
    }

    private Map<String, Object> fromJson(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit details", e);
        }
    }
}
