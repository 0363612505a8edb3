package cn.henan.cjrh.application;

import cn.henan.cjrh.application.ApplicationEvents.ApplicationCreated;
import cn.henan.cjrh.application.ApplicationEvents.ApplicationFormEdited;
import cn.henan.cjrh.application.ApplicationHistory.Step;
import cn.henan.cjrh.application.ApplicationRepository.NewApplication;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.shared.StaleVersionException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 申请 — enterprises create and edit their applications; everyone reads what their jurisdiction covers. */
@Service
public class ApplicationService {
    private final ApplicationRepository applications;
    private final BatchService batches;
    private final EnterpriseService enterprises;
    private final Jurisdictions jurisdictions;
    private final ApplicationHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(
            ApplicationRepository applications,
            BatchService batches,
            EnterpriseService enterprises,
            Jurisdictions jurisdictions,
            ApplicationHistory history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.batches = batches;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new draft, numbered {@code CJRH-<year>-<county>-<sequence>}. One enterprise has at most one open application per
     * batch; a closed batch takes no new applications.
     */
    @Transactional
    public Application create(PlatformUser user, long batchId, ApplicationForm form) {
        var enterprise = enterprises
                .find(requireEnterpriseUser(user))
                .orElseThrow(() -> new NotFoundException("enterprise.not-found", user.enterpriseId()));
        var batch = batches.get(batchId);
        if (batch.isClosedAt(clock.instant())) {
            throw new ConflictException("application.batch.closed", batch.year());
        }
        if (applications.hasOpenApplication(enterprise.id(), batchId)) {
            throw new ConflictException("application.already-open", batch.year());
        }
        int sequence = applications.nextSequence(batch.year(), enterprise.countyCode());
        var number = "CJRH-%d-%s-%04d".formatted(batch.year(), enterprise.countyCode(), sequence);
        long id;
        try {
            id = applications.insert(new NewApplication(
                    number,
                    batchId,
                    enterprise.id(),
                    enterprise.countyCode(),
                    enterprise.cityCode(),
                    jurisdictions.reportsDirectlyToProvince(enterprise.countyCode()),
                    form == null ? ApplicationForm.empty() : form));
        } catch (DuplicateKeyException raced) { // a concurrent create for the same batch won; our number rolls back
            throw new ConflictException("application.already-open", batch.year());
        }
        var actor = Actor.of(user);
        history.record(id, actor, Step.of("CREATED", null, ApplicationStatus.DRAFT));
        events.publishEvent(new ApplicationCreated(id, number, enterprise.id(), batchId, actor));
        return applications.find(id).orElseThrow();
    }

    /** Saves a new form over {@code version}; a stale version overwrites nothing. */
    @Transactional
    public Application update(PlatformUser user, long id, int version, ApplicationForm form) {
        var current = get(user, id);
        requireOwner(user, current);
        if (!current.status().isEditable()) {
            throw new ConflictException("application.not-editable", current.status());
        }
        if (!applications.updateForm(id, version, form == null ? ApplicationForm.empty() : form, clock.instant())) {
            var now = applications.find(id).orElseThrow();
            if (!now.status().isEditable()) {
                throw new ConflictException("application.not-editable", now.status());
            }
            throw new StaleVersionException("application.stale-version", version, now.version());
        }
        events.publishEvent(new ApplicationFormEdited(id, version + 1, Actor.of(user)));
        return applications.find(id).orElseThrow();
    }

    /** The application if the user may see it; 404 otherwise, whether it exists or not. */
    public Application get(PlatformUser user, long id) {
        return applications
                .find(id)
                .filter(application -> ApplicationScope.covers(user, application))
                .orElseThrow(() -> new NotFoundException("application.not-found", id));
    }

    public Page<ApplicationSummary> list(PlatformUser user, ApplicationStatus status, Page.Request page) {
        return applications.page(ApplicationScope.of(user), status, page);
    }

    /** For trusted callers inside the platform (workflow, rules); no visibility check. */
    public Optional<Application> find(long id) {
        return applications.find(id);
    }

    /**
     * Sets the status the process engine has reached, in the engine's transaction, so the API never shows a status the
     * engine disagrees with. For the workflow only.
     */
    @Transactional
    public void moveTo(long id, ApplicationStatus status) {
        applications.updateStatus(id, status, clock.instant());
    }

    /** The application, editable by this enterprise user; 404 if not theirs, 409 if not in DRAFT or RETURNED. */
    Application requireEditableBy(PlatformUser user, long id) {
        var application = get(user, id);
        requireOwner(user, application);
        if (!application.status().isEditable()) {
            throw new ConflictException("application.not-editable", application.status());
        }
        return application;
    }

    private static long requireEnterpriseUser(PlatformUser user) {
        if (user.role() != Role.ENTERPRISE || user.enterpriseId() == null) {
            throw new ForbiddenException("application.enterprise-only");
        }
        return user.enterpriseId();
    }

    private static void requireOwner(PlatformUser user, Application application) {
        if (!user.isEnterpriseOf(application.enterpriseId())) {
            throw new ForbiddenException("application.enterprise-only");
        }
    }
}
