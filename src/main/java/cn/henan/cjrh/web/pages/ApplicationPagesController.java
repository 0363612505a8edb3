package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.EvidenceKind;
import cn.henan.cjrh.application.EvidenceProperties;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.application.SubmissionService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.web.security.CurrentUser;
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
    private final EvidenceProperties limits;
    private final MessageSource messages;
    private final SubmissionService submissions;
    private final ApplicationPageModel pageModel;

    ApplicationPagesController(
            ApplicationService applications,
            EvidenceService evidence,
            EvidenceProperties limits,
            MessageSource messages,
            SubmissionService submissions,
            ApplicationPageModel pageModel) {
        this.applications = applications;
        this.evidence = evidence;
        this.limits = limits;
        this.messages = messages;
        this.submissions = submissions;
        this.pageModel = pageModel;
    }

    /**
     * 提交 — the submission service decides (batch open, changed since the return, editable); a refusal is shown at
     * the top of the wizard, success on the read-only page with the pre-check result.
     */
    @PostMapping("/enterprise/applications/{id}/submit")
    String submit(@CurrentUser PlatformUser user, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            submissions.submit(user, id);
        } catch (ConflictException | ForbiddenException refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), refused.args(), locale));
            return "redirect:/enterprise/applications/" + id;
        }
        redirect.addFlashAttribute("notice", "web.submit.done");
        redirect.addFlashAttribute("justSubmitted", true);
        return "redirect:/applications/" + id;
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
        boolean editable = application.status().isEditable() && user.isEnterpriseOf(application.enterpriseId());
        if (!editable) {
            pageModel.fillReadOnly(user, application, model);
            return "application/view";
        }
        pageModel.fill(user, application, model);
        model.addAttribute("steps", STEPS);
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("maxFileSize", limits.maxFileSize().toBytes());
        model.addAttribute("maxFileMegabytes", limits.maxFileSize().toMegabytes());
        return "application/wizard";
    }

    @GetMapping("/applications/{id}")
    String view(@CurrentUser PlatformUser user, @PathVariable long id, Model model) {
        pageModel.fillReadOnly(user, applications.get(user, id), model);
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
}
