package cn.henan.cjrh.directory;

import java.time.Instant;

/**
 * 异议 — a written objection raised during a publicity. Name, contact and address are personal data: they go to the
 * province's objection check, never to a public list.
 */
public record Objection(
        long id,
        long applicationId,
        long publicityId,
        String name,
        String contact,
        String reason,
        String remoteAddress,
        Instant raisedAt,
        ObjectionStatus status,
        Instant resolvedAt,
        String resolvedBy,
        String resolutionComment) {}
