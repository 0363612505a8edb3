package cn.henan.cjrh.audit;

import cn.henan.cjrh.application.ApplicationEvents.ApplicationCreated;
import cn.henan.cjrh.application.ApplicationEvents.ApplicationFormEdited;
import cn.henan.cjrh.application.ApplicationEvents.DossierVersionFrozen;
import cn.henan.cjrh.application.ApplicationEvents.EvidenceAdded;
import cn.henan.cjrh.application.ApplicationEvents.EvidenceRemoved;
import cn.henan.cjrh.application.BatchChanged;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every change to batches, applications, dossier versions and evidence, in the changing transaction. */
@Component
class DossierAudit {
    private static final String APPLICATION = "APPLICATION";
    private final AuditLog log;

    DossierAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(BatchChanged changed) {
        var batch = changed.batch();
        log.append(new AuditEntry(
                changed.actor(),
                changed.created() ? "BATCH_CREATED" : "BATCH_CHANGED",
                "BATCH",
                String.valueOf(batch.id()),
                Map.of(
                        "year",
                        batch.year(),
                        "opensAt",
                        batch.opensAt().toString(),
                        "closesAt",
                        batch.closesAt().toString())));
    }

    @EventListener
    void on(ApplicationCreated created) {
        log.append(new AuditEntry(
                created.actor(),
                "APPLICATION_CREATED",
                APPLICATION,
                String.valueOf(created.applicationId()),
                Map.of(
                        "number",
                        created.number(),
                        "enterpriseId",
                        created.enterpriseId(),
                        "batchId",
                        created.batchId())));
    }

    @EventListener
    void on(ApplicationFormEdited edited) {
        log.append(new AuditEntry(
                edited.actor(),
                "APPLICATION_EDITED",
                APPLICATION,
                String.valueOf(edited.applicationId()),
                Map.of("version", edited.version())));
    }

    @EventListener
    void on(DossierVersionFrozen frozen) {
        log.append(new AuditEntry(
                frozen.actor(),
                "DOSSIER_VERSION_FROZEN",
                APPLICATION,
                String.valueOf(frozen.applicationId()),
                Map.of("number", frozen.number(), "dossierVersion", frozen.dossierVersion())));
    }

    @EventListener
    void on(EvidenceAdded added) {
        log.append(new AuditEntry(
                added.actor(),
                "EVIDENCE_ADDED",
                APPLICATION,
                String.valueOf(added.applicationId()),
                Map.of(
                        "evidenceId", added.evidenceId(),
                        "kind", added.kind(),
                        "fileName", added.fileName(),
                        "size", added.size(),
                        "sha256", added.sha256())));
    }

    @EventListener
    void on(EvidenceRemoved removed) {
        log.append(new AuditEntry(
                removed.actor(),
                "EVIDENCE_REMOVED",
                APPLICATION,
                String.valueOf(removed.applicationId()),
                Map.of("evidenceId", removed.evidenceId(), "fileName", removed.fileName())));
    }
}
