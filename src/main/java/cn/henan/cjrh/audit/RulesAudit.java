package cn.henan.cjrh.audit;

import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.rules.ApplicationAssessed;
import cn.henan.cjrh.rules.RulesetPublished;
import java.util.LinkedHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what the rules decided and with which ruleset version (DESIGN.md §8), in the deciding transaction: each
 * stored pre-check of a dossier version and each published ruleset version.
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
}
