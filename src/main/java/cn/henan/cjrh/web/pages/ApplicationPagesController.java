package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.Application;
import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.application.BatchService;
import cn.henan.cjrh.application.EvidenceKind;
import cn.henan.cjrh.application.EvidenceProperties;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.web.security.CurrentUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 申请 pages: the enterprise's wizard (while the application is a draft or returned), and the read-only application
 * page with status, history and evidence for everyone whose jurisdiction covers it. All reads and writes go through
 * the application module's services, which decide visibility (404 outside one's scope) and editability.
 */
@Controller
class ApplicationPagesController {
    static final String[] STEPS = {
        "basic", "workforce", "participation", "training", "investments", "compliance", "evidence", "summary"
    };

    /** The form's enumerations, for the selects; their labels are {@code web.form.option.<key>.<NAME>}. */
    static final Map<String, Object[]> OPTIONS = Map.of(
            "runsSchool", ApplicationForm.RunsSchool.values(),
            "pilotLevel", ApplicationForm.ApprenticeshipPilotLevel.values(),
            "schoolKind", ApplicationForm.SchoolKind.values(),
            "incidentKind", ApplicationForm.IncidentKind.values());

    private final ApplicationService applications;
    private final EvidenceService evidence;
    private final ApplicationHistory history;
    private final EnterpriseService enterprises;
    private final BatchService batches;
    private final Jurisdictions jurisdictions;
    private final EvidenceProperties limits;
    private final ObjectMapper json;
    private final MessageSource messages;

    ApplicationPagesController(
            ApplicationService applications,
            EvidenceService evidence,
            ApplicationHistory history,
            EnterpriseService enterprises,
            BatchService batches,
            Jurisdictions jurisdictions,
            EvidenceProperties limits,
            ObjectMapper json,
            MessageSource messages) {
        this.applications = applications;
        this.evidence = evidence;
        this.history = history;
        this.enterprises = enterprises;
        this.batches = batches;
        this.jurisdictions = jurisdictions;
        this.limits = limits;
        this.json = json;
        this.messages = messages;
    }

    /** 开始申报 — a new draft in the chosen batch; the service refuses a closed batch or a second open application. */
    @PostMapping("/enterprise/applications")
    String start(
            @CurrentUser PlatformUser user, @RequestParam long batchId, RedirectAttributes redirect, Locale locale) {
        try {
            var created = applications.create(user, batchId, null);
            return "redirect:/enterprise/applications/" + created.id();
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), refused.args(), locale));
            return "redirect:/home";
        }
    }

    @GetMapping("/enterprise/applications/{id}")
    String wizard(@CurrentUser PlatformUser user, @PathVariable long id, Model model) {
        var application = applications.get(user, id);
        fill(user, application, model);
        boolean editable = application.status().isEditable() && user.isEnterpriseOf(application.enterpriseId());
        if (!editable) {
            return "application/view";
        }
        model.addAttribute("steps", STEPS);
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("maxFileSize", limits.maxFileSize().toBytes());
        model.addAttribute("maxFileMegabytes", limits.maxFileSize().toMegabytes());
        return "application/wizard";
    }

    @GetMapping("/applications/{id}")
    String view(@CurrentUser PlatformUser user, @PathVariable long id, Model model) {
        fill(user, applications.get(user, id), model);
        return "application/view";
    }

    @GetMapping("/applications/{id}/evidence/{evidenceId}")
    void download(
            @CurrentUser PlatformUser user,
            @PathVariable long id,
            @PathVariable long evidenceId,
            HttpServletResponse response) {
        evidence.download(user, id, evidenceId, file -> {
            response.setContentType(file.contentType());
            response.setContentLengthLong(file.size());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(file.fileName(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            return response.getOutputStream();
        });
    }

    private void fill(PlatformUser user, Application application, Model model) {
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
        model.addAttribute("options", OPTIONS);
        model.addAttribute("evidence", evidence.list(user, application.id()));
        model.addAttribute("history", history.of(application.id())); // visibility checked by get() above
        model.addAttribute("owner", user.isEnterpriseOf(application.enterpriseId()));
        model.addAttribute("statusEditable", application.status().isEditable());
        model.addAttribute("returned", application.status() == ApplicationStatus.RETURNED);
    }
}
