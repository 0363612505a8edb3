package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetInvalidException;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.web.security.CurrentUser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 版本概览与审批 ({@code /studio/versions/{v}}): the version's steps (created, submitted, approved, rejected with the
 * reason), and the four-eyes actions: 提交审批 for a draft, 审批发布 with an effective date or 退回 with a reason for an
 * approver. The service refuses what is not allowed (a draft that does not compile, tests that fail, the submitter
 * approving their own version) and the page shows why, next to the field or above the form.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioApprovalController {
    private final RulesetAuthoring authoring;
    private final StudioVersionModel versionModel;
    private final StudioMessages messages;

    StudioApprovalController(RulesetAuthoring authoring, StudioVersionModel versionModel, StudioMessages messages) {
        this.authoring = authoring;
        this.versionModel = versionModel;
        this.messages = messages;
    }

    @GetMapping("/studio/versions/{version}")
    String overview(@CurrentUser PlatformUser user, @PathVariable int version, Model model) {
        fill(user, version, model, new ApprovalForm(null, null), Map.of());
        return "studio/version";
    }

    @PostMapping("/studio/versions/{version}/submit")
    String submit(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam(required = false) Integer rowVersion,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            authoring.submit(user, version, rowVersion);
            redirect.addFlashAttribute("notice", "studio.submit.done");
            return "redirect:/studio/versions/" + version;
        } catch (RulesetInvalidException invalid) {
            model.addAttribute("compileMessages", invalid.messages());
            model.addAttribute("problem", messages.of(invalid, locale));
        } catch (ConflictException | ForbiddenException refused) {
            model.addAttribute("problem", messages.of(refused, locale));
        }
        fill(user, version, model, new ApprovalForm(null, null), Map.of());
        return "studio/version";
    }

    @PostMapping("/studio/versions/{version}/approve")
    @PreAuthorize("hasRole('POLICY_APPROVER')")
    String approve(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam(required = false) String effectiveFrom,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var form = new ApprovalForm(effectiveFrom, null);
        var errors = new LinkedHashMap<String, String>();
        LocalDate date = null;
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            errors.put("effectiveFrom", messages.text("rules.authoring.effective-from.required", locale));
        } else {
            try {
                date = LocalDate.parse(effectiveFrom.strip());
            } catch (DateTimeParseException notADate) {
                errors.put("effectiveFrom", messages.text("studio.approve.date-format", locale));
            }
        }
        if (errors.isEmpty()) {
            try {
                authoring.approve(user, version, date);
                redirect.addFlashAttribute("notice", "studio.approve.done");
                return "redirect:/studio/versions/" + version;
            } catch (InvalidInputException invalid) {
                errors.putAll(messages.fieldErrors(invalid, locale));
            } catch (RulesetInvalidException invalid) {
                model.addAttribute("compileMessages", invalid.messages());
                model.addAttribute("failedTests", invalid.failedTests());
                model.addAttribute("approvalProblem", messages.of(invalid, locale));
            } catch (ConflictException | ForbiddenException refused) {
                model.addAttribute("approvalProblem", messages.of(refused, locale));
            }
        }
        fill(user, version, model, form, errors);
        return "studio/version";
    }

    @PostMapping("/studio/versions/{version}/reject")
    @PreAuthorize("hasRole('POLICY_APPROVER')")
    String reject(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        try {
            authoring.reject(user, version, reason);
            redirect.addFlashAttribute("notice", "studio.reject.done");
            return "redirect:/studio/versions/" + version;
        } catch (InvalidInputException invalid) {
            errors.putAll(messages.fieldErrors(invalid, locale));
        } catch (ConflictException | ForbiddenException refused) {
            model.addAttribute("approvalProblem", messages.of(refused, locale));
        }
        fill(user, version, model, new ApprovalForm(null, reason), errors);
        return "studio/version";
    }

    @PostMapping("/studio/versions/{version}/retire")
    @PreAuthorize("hasRole('POLICY_APPROVER')")
    String retire(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        try {
            authoring.retire(user, version, reason);
            redirect.addFlashAttribute("notice", "studio.retire.done");
            return "redirect:/studio/versions/" + version;
        } catch (InvalidInputException invalid) {
            messages.fieldErrors(invalid, locale).forEach((field, text) -> errors.put("retireReason", text));
        } catch (ConflictException | ForbiddenException refused) {
            model.addAttribute("retireProblem", messages.of(refused, locale));
        }
        model.addAttribute("retireReason", reason);
        fill(user, version, model, new ApprovalForm(null, null), errors);
        return "studio/version";
    }

    private void fill(PlatformUser user, int version, Model model, ApprovalForm form, Map<String, String> errors) {
        versionModel.fill(user, version, "overview", model);
        model.addAttribute("approval", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(StudioFormat.BEIJING).toString());
        if (!model.containsAttribute("compileMessages")) {
            model.addAttribute("compileMessages", List.of());
        }
        if (!model.containsAttribute("failedTests")) {
            model.addAttribute("failedTests", List.of());
        }
    }

    /** What the approver typed, kept when it is refused. */
    record ApprovalForm(String effectiveFrom, String reason) {}
}
