package cn.henan.cjrh.audit;

import java.time.Instant;
import java.util.Map;

/** One audit entry as stored; never changed after it is written (the table refuses updates and deletes). */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        String actorRole,
        String actorJurisdiction,
        String action,
        String subjectType,
        String subjectId,
        Map<String, Object> details) {}
