package cn.henan.cjrh.application;

import java.time.Instant;

/**
 * 申请 — an enterprise's application in one batch. {@code version} counts edits (optimistic locking);
 * {@code dossierVersion} counts submissions (the frozen dossier versions); {@code editedAt} is the last change of the
 * form or evidence by the enterprise.
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
        Instant submittedAt,
        Instant editedAt) {

    /** Whether the enterprise changed the dossier since it last submitted it. */
    public boolean editedSinceSubmission() {
        return submittedAt == null || editedAt.isAfter(submittedAt);
    }
}
