package cn.henan.cjrh.application;

import java.time.Instant;

/** One row of an application list (no form): what queues and lists show. */
public record ApplicationSummary(
        long id,
        String number,
        long batchId,
        ApplicationStatus status,
        int version,
        int dossierVersion,
        long enterpriseId,
        String enterpriseName,
        String uscc,
        String countyCode,
        String cityCode,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt) {}
