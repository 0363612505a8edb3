package cn.henan.cjrh.application;

import cn.henan.cjrh.identity.Actor;

/** Past-tense records of what happened to applications; audit and workflow listen to them. */
public final class ApplicationEvents {
    private ApplicationEvents() {}

    public record ApplicationCreated(long applicationId, String number, long enterpriseId, long batchId, Actor actor) {}

    public record ApplicationFormEdited(long applicationId, int version, Actor actor) {}

    public record DossierVersionFrozen(long applicationId, String number, int dossierVersion, Actor actor) {}

    public record EvidenceAdded(
            long applicationId, long evidenceId, String kind, String fileName, long size, String sha256, Actor actor) {}

    public record EvidenceRemoved(long applicationId, long evidenceId, String fileName, Actor actor) {}

    /**
     * The enterprise submitted (or, after a return, resubmitted) its dossier; the workflow starts the process or
     * resumes it, in the same transaction, so the answer to the submission shows the pre-check.
     */
    public record ApplicationSubmitted(
            long applicationId,
            String number,
            int dossierVersion,
            boolean resubmission,
            long enterpriseId,
            String countyCode,
            String cityCode,
            boolean directToProvince,
            Actor actor) {}
}
