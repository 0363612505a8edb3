package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.AssessmentService;
import cn.henan.cjrh.rules.Finding;
import cn.henan.cjrh.rules.IncentiveItem;
import cn.henan.cjrh.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 自查: the wizard sends the form as it is on the page and the rules decide it as a what-if
 * ({@link AssessmentService#assess}, nothing stored), for the application's county.
 */
@RestController
class SelfCheckEndpoint {
    private final ApplicationService applications;
    private final AssessmentService assessments;
    private final MessageSource messages;

    private final PageFormat format;

    SelfCheckEndpoint(
            ApplicationService applications, AssessmentService assessments, MessageSource messages, PageFormat format) {
        this.applications = applications;
        this.assessments = assessments;
        this.messages = messages;
        this.format = format;
    }

    @PostMapping("/app/applications/{id}/self-check")
    Result check(
            @CurrentUser PlatformUser user, @PathVariable long id, @Valid @RequestBody Request request, Locale locale) {
        var application = applications.get(user, id); // visibility: another's application is "not found"
        var form = request.form() == null ? application.form() : request.form();
        var assessment = assessments.assess(user, form, application.countyCode(), null);
        var findings = assessment.findings().stream()
                .map(finding -> Item.of(finding, messages, locale))
                .toList();
        var incentives = assessment.incentives().stream()
                .map(item -> Incentive.of(item, messages, locale, format))
                .toList();
        return new Result(
                assessment.eligible(), assessment.needsReview(), assessment.rulesetVersion(), findings, incentives);
    }

    record Request(@Valid ApplicationForm form) {}

    record Result(
            boolean eligible,
            boolean needsReview,
            int rulesetVersion,
            List<Item> findings,
            List<Incentive> incentives) {}

    /** One incentive item as the page shows it: amounts formatted in yuan, {@code amount} null where none is set. */
    record Incentive(
            String code,
            String pillarText,
            String title,
            String amount,
            String basis,
            String source,
            String jurisdiction,
            List<OffsetYear> details) {
        static Incentive of(IncentiveItem item, MessageSource messages, Locale locale, PageFormat format) {
            return new Incentive(
                    item.code(),
                    messages.getMessage("web.incentives.pillar." + item.pillar(), null, locale),
                    item.title(),
                    item.amount() == null ? null : format.yuan(item.amount()),
                    item.basis(),
                    item.source(),
                    item.jurisdiction(),
                    item.details().stream()
                            .map(year -> new OffsetYear(
                                    year.year(),
                                    format.yuan(year.credit()),
                                    format.yuan(year.offset()),
                                    format.yuan(year.carriedForward())))
                            .toList());
        }
    }

    record OffsetYear(int year, String credit, String offset, String carriedForward) {}

    record Item(
            String clause,
            String status,
            String statusText,
            String severityText,
            String message,
            String source,
            String hint) {
        static Item of(Finding finding, MessageSource messages, Locale locale) {
            return new Item(
                    finding.clause(),
                    finding.status().name(),
                    messages.getMessage("web.finding.status." + finding.status(), null, locale),
                    messages.getMessage("web.finding.severity." + finding.severity(), null, locale),
                    finding.message(),
                    finding.source(),
                    finding.hint());
        }
    }
}
