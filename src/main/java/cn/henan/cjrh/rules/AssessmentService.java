package cn.henan.cjrh.rules;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.DossierVersions;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.ApplicationAssessmentRepository.StoredAssessment;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评估 — the rules module's API: assesses a submitted dossier version for the workflow's automated pre-check (and keeps
 * the result with the ruleset version that decided it, so the decision can be replayed), and answers what-if
 * self-checks (自评), which store nothing.
 */
@Service
public class AssessmentService {
    /** "Today" and a submission's date are Asia/Shanghai dates (DESIGN.md §4). */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Assessor assessor;
    private final RulesetVersions rulesets;
    private final ApplicationAssessmentRepository assessments;
    private final ApplicationService applications;
    private final DossierVersions dossiers;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(
            Assessor assessor,
            RulesetVersions rulesets,
            ApplicationAssessmentRepository assessments,
            ApplicationService applications,
            DossierVersions dossiers,
            Jurisdictions jurisdictions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assessor = assessor;
        this.rulesets = rulesets;
        this.assessments = assessments;
        this.applications = applications;
        this.dossiers = dossiers;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assesses a frozen dossier version with the ruleset version in effect on its submission date (the day it was
     * frozen, Asia/Shanghai) and the enterprise's county, stores the result and publishes {@link ApplicationAssessed}.
     * Idempotent: a retry, or a concurrent call, returns the stored result and publishes nothing.
     *
     * @throws NotFoundException if the application or that dossier version does not exist
     */
    @Transactional
    public Assessment assessDossier(long applicationId, int dossierVersion) {
        var stored = assessments.find(applicationId, dossierVersion);
        if (stored.isPresent()) {
            return stored.get().assessment();
        }
        var application = applications
                .find(applicationId)
                .orElseThrow(() ->
                        new NotFoundException("rules.assessment.application-not-found", String.valueOf(applicationId)));
        var dossier = dossiers.find(applicationId, dossierVersion)
                .orElseThrow(() -> new NotFoundException(
                        "rules.assessment.dossier-not-found", String.valueOf(applicationId), dossierVersion));
        var asOf = LocalDate.ofInstant(dossier.frozenAt(), SHANGHAI);
        var assessment = assessor.assess(new AssessmentRequest(dossier.form(), application.countyCode(), asOf));
        var result = new StoredAssessment(
                applicationId, dossierVersion, asOf, application.countyCode(), clock.instant(), assessment);
        if (!assessments.insert(result)) {
            return assessments.find(applicationId, dossierVersion).orElseThrow().assessment(); // a concurrent call won
        }
        events.publishEvent(assessed(result));
        return assessment;
    }

    /** The stored assessment of the application's latest assessed dossier version. */
    public Optional<Assessment> latestFor(long applicationId) {
        return assessments.latest(applicationId).map(StoredAssessment::assessment);
    }

    /** The stored assessment of one dossier version. */
    public Optional<Assessment> storedFor(long applicationId, int dossierVersion) {
        return assessments.find(applicationId, dossierVersion).map(StoredAssessment::assessment);
    }

    /**
     * Decides a stored assessment again, with the ruleset version, date and jurisdiction it was decided with; the answer
     * equals the stored one unless something outside the stored ruleset changed.
     *
     * @throws NotFoundException if that dossier version was never assessed
     */
    public Assessment reproduce(long applicationId, int dossierVersion) {
        var stored = assessments
                .find(applicationId, dossierVersion)
                .orElseThrow(() -> new NotFoundException(
                        "rules.assessment.not-assessed", String.valueOf(applicationId), dossierVersion));
        var dossier = dossiers.find(applicationId, dossierVersion).orElseThrow();
        return assessor.assess(
                new AssessmentRequest(dossier.form(), stored.jurisdictionCode(), stored.asOf()),
                rulesets.compiled(stored.assessment().rulesetVersion()));
    }

    /**
     * A what-if self-check (自评): stores nothing. The jurisdiction defaults to the caller's (an enterprise user's
     * county); any Henan code may be given. The date defaults to today.
     *
     * @throws InvalidInputException naming {@code jurisdictionCode} for a code that is not a Henan jurisdiction, or
     *     {@code asOf} for a date no ruleset version is in effect on
     */
    public Assessment assess(PlatformUser caller, ApplicationForm form, String jurisdictionCode, LocalDate asOf) {
        var code = jurisdictionCode == null || jurisdictionCode.isBlank()
                ? defaultJurisdiction(caller)
                : jurisdictionCode.strip();
        if (jurisdictions.find(code).filter(AssessmentService::inHenan).isEmpty()) {
            throw InvalidInputException.of("jurisdictionCode", "rules.assessment.jurisdiction-unknown", code);
        }
        var date = asOf == null ? LocalDate.now(clock) : asOf;
        if (rulesets.inEffectOn(date).isEmpty()) {
            throw InvalidInputException.of("asOf", "rules.assessment.no-ruleset-in-effect", date.toString());
        }
        return assessor.assess(new AssessmentRequest(form, code, date));
    }

    /** The caller's own jurisdiction (an enterprise user's is its county); province-wide for users without one. */
    private String defaultJurisdiction(PlatformUser caller) {
        var own = caller.jurisdictionCode();
        return own != null
                        && jurisdictions
                                .find(own)
                                .filter(AssessmentService::inHenan)
                                .isPresent()
                ? own
                : Jurisdiction.HENAN;
    }

    private static boolean inHenan(Jurisdiction jurisdiction) {
        return jurisdiction.code().matches("41\\d{4}");
    }

    private static ApplicationAssessed assessed(StoredAssessment stored) {
        var assessment = stored.assessment();
        var findings = new LinkedHashMap<String, FindingStatus>();
        assessment
                .findings()
                .forEach(finding -> findings.merge(
                        finding.clause(), finding.status(), (a, b) -> a == FindingStatus.NOT_MET ? a : b));
        return new ApplicationAssessed(
                stored.applicationId(),
                stored.dossierVersion(),
                assessment.rulesetVersion(),
                stored.asOf(),
                stored.jurisdictionCode(),
                assessment.eligible(),
                assessment.needsReview(),
                findings,
                assessment.findings().stream()
                        .filter(Finding::isNotMet)
                        .map(Finding::clause)
                        .distinct()
                        .toList());
    }
}
