package cn.henan.cjrh.audit;

import cn.henan.cjrh.review.ReviewDecided;
import java.util.HashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every review decision with the dossier and ruleset version and the clauses not met, in its transaction. */
@Component
class ReviewAudit {
    private final AuditLog log;

    ReviewAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(ReviewDecided decided) {
        var details = new HashMap<String, Object>();
        details.put("taskId", decided.taskId());
        details.put("step", decided.step());
        details.put("outcome", decided.outcome().name());
        details.put("comment", decided.comment());
        details.put("dossierVersion", decided.dossierVersion());
        details.put("rulesetVersion", decided.rulesetVersion());
        details.put("unmetClauses", decided.unmetClauses());
        log.append(new AuditEntry(
                decided.actor(), "REVIEW_DECIDED", "APPLICATION", String.valueOf(decided.applicationId()), details));
    }
}
