package cn.henan.cjrh.incentives;

import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.Assessment;
import cn.henan.cjrh.rules.IncentiveItem;
import cn.henan.cjrh.shared.NotFoundException;
import java.time.Instant;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 激励兑现 — grants a certified enterprise the incentive bundle of its assessment (DOMAIN.md §7) and shows it to the
 * enterprise and its reviewers.
 */
@Service
public class IncentiveGrants {
    private final GrantRepository grants;
    private final ApplicationService applications;
    private final EnterpriseService enterprises;
    private final ApplicationEventPublisher events;

    IncentiveGrants(
            GrantRepository grants,
            ApplicationService applications,
            EnterpriseService enterprises,
            ApplicationEventPublisher events) {
        this.grants = grants;
        this.applications = applications;
        this.enterprises = enterprises;
        this.events = events;
    }

    /**
     * Stores the assessment's bundle, every item as computed, with the ruleset version that computed it. Idempotent per
     * application, also for concurrent calls: the first grant stays and is returned.
     */
    @Transactional
    public GrantedBundle grant(long applicationId, long enterpriseId, Assessment assessment, Instant grantedAt) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(grantedAt, "grantedAt");
        var existing = grants.findByApplication(applicationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        var application = applications
                .find(applicationId)
                .orElseThrow(() -> new NotFoundException("application.not-found", applicationId));
        if (application.enterpriseId() != enterpriseId) {
            throw new IllegalArgumentException("application " + applicationId + " belongs to enterprise "
                    + application.enterpriseId() + ", not " + enterpriseId);
        }
        var inserted = grants.insertUnlessGranted(applicationId, enterpriseId, assessment.rulesetVersion(), grantedAt);
        if (inserted.isPresent()) {
            grants.insertItems(inserted.get(), assessment.incentives());
            events.publishEvent(new IncentivesGranted(
                    applicationId,
                    enterpriseId,
                    assessment.rulesetVersion(),
                    grantedAt,
                    assessment.incentives().stream().map(IncentiveItem::code).toList()));
        }
        return grants.findByApplication(applicationId).orElseThrow();
    }

    /**
     * The enterprise's latest granted bundle, for its own users and reviewers whose jurisdiction covers it (404 for
     * anyone else); empty items when nothing was granted yet.
     */
    public GrantedBundle grantedTo(PlatformUser viewer, long enterpriseId) {
        var enterprise = enterprises.get(viewer, enterpriseId);
        return grants.latestOf(enterprise.id()).orElseGet(() -> GrantedBundle.none(enterprise.id()));
    }
}
