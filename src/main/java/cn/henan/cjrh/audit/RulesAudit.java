package cn.henan.cjrh.audit;

import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.rules.ApplicationAssessed;
import cn.henan.cjrh.rules.ImpactAnalysisRequested;
import cn.henan.cjrh.rules.RulesetApproved;
import cn.henan.cjrh.rules.RulesetDraftChanged;
import cn.henan.cjrh.rules.RulesetDraftCreated;
import cn.henan.cjrh.rules.RulesetPublished;
import cn.henan.cjrh.rules.RulesetRejected;
import cn.henan.cjrh.rules.RulesetRetired;
import cn.henan.cjrh.rules.RulesetSubmitted;
import java.util.LinkedHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what the rules decided and with which ruleset version (DESIGN.md §8), in the deciding transaction: each
 * stored pre-check of a dossier version, and every step of a ruleset version's life (draft created, file saved or
 * deleted, parameters or test cases replaced, submitted, approved, rejected, published) and each impact analysis
 * requested, each under subject {@code RULESET}/{@code <version>} with who and when.
 */
@Component
class RulesAudit {
    private final AuditLog log;

    RulesAudit(AuditLog log) {
        this.log = log;
    }

    /** The automated pre-check is the platform's own decision, so its actor is {@code system}. */
    @EventListener
    void on(ApplicationAssessed assessed) {
        var details = new LinkedHashMap<String, Object>();
        details.put("dossierVersion", assessed.dossierVersion());
        details.put("rulesetVersion", assessed.rulesetVersion());
        details.put("asOf", assessed.asOf().toString());
        details.put("jurisdictionCode", assessed.jurisdictionCode());
        details.put("eligible", assessed.eligible());
        details.put("needsReview", assessed.needsReview());
        details.put("notMet", assessed.notMet());
        details.put("findings", assessed.findings());
        log.append(new AuditEntry(
                Actor.SYSTEM,
                "APPLICATION_ASSESSED",
                "APPLICATION",
                String.valueOf(assessed.applicationId()),
                details));
    }

    @EventListener
    void on(RulesetPublished published) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", published.version());
        details.put("baseVersion", published.baseVersion());
        details.put("effectiveFrom", published.effectiveFrom().toString());
        details.put("changeNote", published.changeNote());
        details.put("files", published.files());
        details.put("parameters", published.parameters());
        details.put("testCases", published.testCases());
        log.append(new AuditEntry(
                published.approvedBy(), "RULESET_PUBLISHED", "RULESET", String.valueOf(published.version()), details));
    }

    @EventListener
    void on(RulesetDraftCreated created) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", created.version());
        details.put("baseVersion", created.baseVersion());
        details.put("changeNote", created.changeNote());
        append(created.createdBy(), "RULESET_DRAFT_CREATED", created.version(), details);
    }

    /** RULESET_FILE_SAVED, RULESET_FILE_DELETED, RULESET_PARAMETERS_REPLACED or RULESET_TESTS_REPLACED. */
    @EventListener
    void on(RulesetDraftChanged changed) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", changed.version());
        details.put("rowVersion", changed.rowVersion());
        if (changed.path() != null) {
            details.put("path", changed.path());
        }
        if (changed.sha256() != null) {
            details.put("sha256", changed.sha256());
        }
        details.put("changes", changed.changes());
        append(changed.by(), "RULESET_" + changed.change().name(), changed.version(), details);
    }

    @EventListener
    void on(RulesetSubmitted submitted) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", submitted.version());
        details.put("baseVersion", submitted.baseVersion());
        details.put("changeNote", submitted.changeNote());
        append(submitted.submittedBy(), "RULESET_SUBMITTED", submitted.version(), details);
    }

    @EventListener
    void on(RulesetApproved approved) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", approved.version());
        details.put("effectiveFrom", approved.effectiveFrom().toString());
        details.put("submittedBy", approved.submittedBy());
        details.put("testsPassed", approved.testsPassed());
        append(approved.approvedBy(), "RULESET_APPROVED", approved.version(), details);
    }

    @EventListener
    void on(RulesetRejected rejected) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", rejected.version());
        details.put("reason", rejected.reason());
        details.put("submittedBy", rejected.submittedBy());
        append(rejected.rejectedBy(), "RULESET_REJECTED", rejected.version(), details);
    }

    @EventListener
    void on(RulesetRetired retired) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", retired.version());
        details.put("effectiveFrom", retired.effectiveFrom().toString());
        details.put("reason", retired.reason());
        append(retired.retiredBy(), "RULESET_RETIRED", retired.version(), details);
    }

    /** Who asked to re-assess the past applications with which version (the job's id says where the result is). */
    @EventListener
    void on(ImpactAnalysisRequested requested) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", requested.version());
        details.put("jobId", requested.jobId());
        details.put("applications", requested.total());
        append(requested.requestedBy(), "RULESET_IMPACT_REQUESTED", requested.version(), details);
    }

    private void append(Actor actor, String action, int version, LinkedHashMap<String, Object> details) {
        log.append(new AuditEntry(actor, action, "RULESET", String.valueOf(version), details));
    }
}
