package cn.henan.cjrh.workflow;

import java.time.Instant;

/** An open user task as the queues show it (no engine types). */
public record ReviewTask(
        String id,
        String name,
        String step,
        String candidateGroup,
        long applicationId,
        String applicationNumber,
        long enterpriseId,
        String enterpriseName,
        String countyCode,
        String cityCode,
        Instant createdAt,
        Instant dueAt,
        String assignee,
        boolean overdue) {}
