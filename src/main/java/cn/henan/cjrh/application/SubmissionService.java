package cn.henan.cjrh.application;

import cn.henan.cjrh.application.ApplicationEvents.ApplicationSubmitted;
import cn.henan.cjrh.application.ApplicationHistory.Step;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.NotFoundException;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提交申请 — freezes the dossier and hands the application to the workflow. The application row is locked first, so of
 * two submissions at once the second waits and then finds the application no longer submittable.
 */
@Service
public class SubmissionService {
    private final ApplicationRepository applications;
    private final BatchService batches;
    private final DossierVersions versions;
    private final ApplicationHistory history;
    private final ApplicationEventPublisher events;

    SubmissionService(
            ApplicationRepository applications,
            BatchService batches,
            DossierVersions versions,
            ApplicationHistory history,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.batches = batches;
        this.versions = versions;
        this.history = history;
        this.events = events;
    }

    @Transactional
    public void submit(PlatformUser user, long applicationId) {
        var application = applications
                .findForUpdate(applicationId)
                .filter(found -> ApplicationScope.covers(user, found))
                .orElseThrow(() -> new NotFoundException("application.not-found", applicationId));
        if (!user.isEnterpriseOf(application.enterpriseId())) {
            throw new ForbiddenException("application.enterprise-only");
        }
        if (!application.status().isEditable()) {
            throw new ConflictException("application.not-submittable", application.status());
        }
        var batch = batches.get(application.batchId());
        if (!batches.isOpenNow(batch)) {
            throw new ConflictException("application.batch.not-open", batch.year());
        }
        boolean resubmission = application.status() == ApplicationStatus.RETURNED;
        if (resubmission && !application.editedSinceSubmission()) {
            throw new ConflictException("application.unchanged-since-return");
        }
        var actor = Actor.of(user);
        var frozen = versions.freeze(applicationId, actor);
        history.record(
                applicationId,
                actor,
                new Step(
                        resubmission ? "RESUBMITTED" : "SUBMITTED",
                        application.status(),
                        null,
                        frozen.number(),
                        null,
                        null,
                        Map.of()));
        events.publishEvent(new ApplicationSubmitted(
                applicationId,
                application.number(),
                frozen.number(),
                resubmission,
                application.enterpriseId(),
                application.countyCode(),
                application.cityCode(),
                application.directToProvince(),
                actor));
    }
}
