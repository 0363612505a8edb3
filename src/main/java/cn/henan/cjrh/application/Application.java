package cn.henan.cjrh.application;

import java.time.Instant;

/**
 * 申请 — an enterprise's application in one batch. {@code version} counts edits (optimistic locking);
 * {@code dossierVersion} counts submissions (the frozen dossier versions).
 */
public record Application(
        long id,
        String number,
        long batchId,
        long enterpriseId,
        String countyCode,
        String cityCode,
        boolean directToProvince,
        ApplicationStatus status,
        int version,
        ApplicationForm form,
        int dossierVersion,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt) {}
