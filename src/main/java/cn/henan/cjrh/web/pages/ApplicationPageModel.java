package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.Application;
import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.application.BatchService;
import cn.henan.cjrh.application.DossierVersions;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.rules.AssessmentService;
import cn.henan.cjrh.workflow.ProcessDiagrams;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the application fragments ({@code application/header}, {@code application/sections}) need, for the
 * enterprise's pages and the reviewer's task page alike: the application, its enterprise, form values, evidence,
 * history, the latest return and the latest stored assessment. The caller has read the application through
 * {@code ApplicationService.get}, which decides visibility.
 */
@Component
class ApplicationPageModel {
    private final EvidenceService evidence;
    private final ApplicationHistory history;
    private final EnterpriseService enterprises;
    private final BatchService batches;
    private final Jurisdictions jurisdictions;
    private final ObjectMapper json;
    private final ReviewService reviews;
    private final DossierVersions versions;
    private final ProcessDiagrams diagrams;
    private final AssessmentService assessments;
    private final MessageSource messages;

    ApplicationPageModel(
            EvidenceService evidence,
            ApplicationHistory history,
            EnterpriseService enterprises,
            BatchService batches,
            Jurisdictions jurisdictions,
            ObjectMapper json,
            ReviewService reviews,
            AssessmentService assessments,
            DossierVersions versions,
            ProcessDiagrams diagrams,
            MessageSource messages) {
        this.evidence = evidence;
        this.history = history;
        this.enterprises = enterprises;
        this.batches = batches;
        this.jurisdictions = jurisdictions;
        this.json = json;
        this.reviews = reviews;
        this.assessments = assessments;
        this.versions = versions;
        this.diagrams = diagrams;
        this.messages = messages;
    }

    void fill(PlatformUser user, Application application, Model model) {
        var enterprise = enterprises.find(application.enterpriseId()).orElseThrow();
        model.addAttribute(
                "app", application); // "application" is taken: Thymeleaf exposes the servlet context under it
        model.addAttribute("enterprise", enterprise);
        model.addAttribute(
                "countyName",
                jurisdictions
                        .find(enterprise.countyCode())
                        .map(Jurisdiction::name)
                        .orElse(enterprise.countyCode()));
        model.addAttribute("batch", batches.find(application.batchId()).orElse(null));
        model.addAttribute("form", new FormValues(json.valueToTree(application.form())));
        model.addAttribute("blank", new FormValues(null));
        model.addAttribute("options", ApplicationPagesController.OPTIONS);
        model.addAttribute("evidence", evidence.list(user, application.id()));
        model.addAttribute("history", history.of(application.id())); // visibility checked by get() above
        model.addAttribute("owner", user.isEnterpriseOf(application.enterpriseId()));
        model.addAttribute("statusEditable", application.status().isEditable());
        model.addAttribute("returned", application.status() == ApplicationStatus.RETURNED);
        var returns = reviews.returnsOf(application.id());
        model.addAttribute(
                "lastReturn",
                application.status() == ApplicationStatus.RETURNED && !returns.isEmpty()
                        ? returns.get(returns.size() - 1)
                        : null);
        model.addAttribute("fieldLabels", new FieldLabels(messages, LocaleContextHolder.getLocale()));
        model.addAttribute("precheck", assessments.latestFor(application.id()).orElse(null));
    }

    /**
     * {@link #fill} plus what only the read-only pages (the application page, the reviewer's task) show: what the latest
     * submission changed against the one before, and where the process stands.
     */
    void fillReadOnly(PlatformUser user, Application application, Model model) {
        fill(user, application, model);
        int submitted = application.dossierVersion();
        model.addAttribute(
                "diff", submitted > 1 ? versions.diff(user, application.id(), submitted - 1, submitted) : null);
        model.addAttribute(
                "process", diagrams.progressOf(user, application.id()).orElse(null));
    }

    /**
     * The wizard's label of a form path, for reviewers' field comments: {@code basic.industry} → 所属行业,
     * {@code participation.cooperations[0].schoolName} → 校企合作院校 第 1 项：院校名称; the path itself when unknown.
     */
    static final class FieldLabels {
        private static final Pattern ROW = Pattern.compile("^(.+)\\[(\\d+)]\\.(\\w+)$");
        private static final Map<String, String[]> LISTS = Map.of(
                "participation.cooperations", new String[] {"web.form.participation.cooperations", "cooperation"},
                "investments", new String[] {"web.form.investments.title", "investment"},
                "compliance.majorIncidents", new String[] {"web.form.compliance.majorIncidents", "incident"});
        private final MessageSource messages;
        private final Locale locale;

        FieldLabels(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        public String of(String path) {
            if (path == null) {
                return "";
            }
            var plain = messages.getMessage("web.form." + path, null, null, locale);
            if (plain != null) {
                return plain;
            }
            var row = ROW.matcher(path);
            if (row.matches() && LISTS.containsKey(row.group(1))) {
                var list = LISTS.get(row.group(1));
                var field = messages.getMessage("web.form." + list[1] + "." + row.group(3), null, row.group(3), locale);
                return messages.getMessage(
                        "web.return.row-field",
                        new Object[] {
                            messages.getMessage(list[0], null, row.group(1), locale),
                            Integer.parseInt(row.group(2)) + 1,
                            field
                        },
                        locale);
            }
            return path;
        }
    }
}
