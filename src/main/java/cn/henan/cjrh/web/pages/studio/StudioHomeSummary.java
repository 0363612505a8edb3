package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetStatus;
import org.springframework.stereotype.Component;

/**
 * The policy staff's block of the home page ({@code ${@studioHomeSummary.counts()}}): how many drafts are being edited
 * and how many versions wait for approval, with a link into the studio.
 */
@Component("studioHomeSummary")
public class StudioHomeSummary {
    private final RulesetAuthoring authoring;

    StudioHomeSummary(RulesetAuthoring authoring) {
        this.authoring = authoring;
    }

    public Counts counts() {
        var all = authoring.list();
        long drafts =
                all.stream().filter(v -> v.status() == RulesetStatus.DRAFT).count();
        long pending = all.stream()
                .filter(v -> v.status() == RulesetStatus.PENDING_APPROVAL)
                .count();
        return new Counts(drafts, pending);
    }

    public record Counts(long drafts, long pendingApproval) {}
}
