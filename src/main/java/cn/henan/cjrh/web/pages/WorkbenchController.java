package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.review.Decision;
import cn.henan.cjrh.review.Outcome;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.web.security.CurrentUser;
import cn.henan.cjrh.workflow.TaskFilter;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审核工作台: the reviewer's queue ({@link ReviewService#queue}) with filters, claiming, and the task page with the
 * process diagram, the dossier beside the evidence preview and the stored rule findings, what changed since the
 * previous dossier version, the decision form and the history. Every decision (who may see, claim or decide what) is
 * the review service's.
 */
@Controller
class WorkbenchController {
    static final String[] STEPS = {"COUNTY_REVIEW", "MUNICIPAL_REVIEW", "PROVINCIAL_REVIEW", "OBJECTION_CHECK"};
    private static final int PAGE_SIZE = 20;

    private final ReviewService reviews;
    private final ApplicationService applications;
    private final ApplicationPageModel pageModel;
    private final Validator validator;
    private final MessageSource messages;

    WorkbenchController(
            ReviewService reviews,
            ApplicationService applications,
            ApplicationPageModel pageModel,
            Validator validator,
            MessageSource messages) {
        this.reviews = reviews;
        this.applications = applications;
        this.pageModel = pageModel;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/workbench")
    String queue(
            @CurrentUser PlatformUser user,
            @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var chosenStep = step == null || step.isBlank() ? null : step;
        var filter = new TaskFilter(chosenStep, overdue, mine ? user.username() : null);
        var tasks = reviews.queue(user, filter, new Page.Request(page, PAGE_SIZE));
        model.addAttribute("tasks", tasks);
        model.addAttribute("steps", STEPS);
        model.addAttribute("step", chosenStep);
        model.addAttribute("overdue", overdue);
        model.addAttribute("mine", mine);
        model.addAttribute("pages", (int) Math.max(1, (tasks.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("supervised", reviews.overdueSupervised(user, new Page.Request(0, PAGE_SIZE)));
        return "workbench/queue";
    }

    @PostMapping("/workbench/tasks/{id}/claim")
    String claim(@CurrentUser PlatformUser user, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
        try {
            reviews.claim(user, id);
            redirect.addFlashAttribute("notice", "web.workbench.claimed");
            return "redirect:/workbench/tasks/" + id;
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", text(refused.messageKey(), refused.args(), locale));
            return "redirect:/workbench";
        }
    }

    @PostMapping("/workbench/tasks/{id}/unclaim")
    String unclaim(
            @CurrentUser PlatformUser user, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
        try {
            reviews.unclaim(user, id);
            redirect.addFlashAttribute("notice", "web.workbench.unclaimed");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", text(refused.messageKey(), refused.args(), locale));
        }
        return "redirect:/workbench";
    }

    @GetMapping("/workbench/tasks/{id}")
    String task(@CurrentUser PlatformUser user, @PathVariable String id, Model model) {
        fill(user, id, model, new DecisionForm(null, null, List.of(), List.of()), Map.of());
        return "workbench/task";
    }

    @PostMapping("/workbench/tasks/{id}/decision")
    String decide(
            @CurrentUser PlatformUser user,
            @PathVariable String id,
            @ModelAttribute DecisionForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        Outcome outcome = null;
        if (form.outcome() == null || form.outcome().isBlank()) {
            errors.put("outcome", text("review.decision.outcome.required", null, locale));
        } else {
            try {
                outcome = Outcome.valueOf(form.outcome());
            } catch (IllegalArgumentException unknown) {
                errors.put("outcome", text("review.decision.outcome.required", null, locale));
            }
        }
        var decision = new Decision(outcome, form.comment(), form.fieldComments());
        if (errors.isEmpty()) {
            validator
                    .validate(decision)
                    .forEach(violation -> errors.putIfAbsent(
                            violation.getPropertyPath().toString().replaceAll("\\.<list element>", ""),
                            violation.getMessage()));
        }
        if (errors.isEmpty()) {
            try {
                var task = reviews.task(user, id);
                reviews.decide(user, id, decision);
                redirect.addFlashAttribute("notice", "web.decision.done." + outcome);
                redirect.addFlashAttribute("decidedNumber", task.applicationNumber());
                return "redirect:/workbench";
            } catch (InvalidInputException invalid) {
                invalid.fieldProblems()
                        .forEach(problem -> errors.putIfAbsent(
                                problem.field(), text(problem.messageKey(), problem.args(), locale)));
                if (errors.isEmpty()) {
                    model.addAttribute("problem", text(invalid.messageKey(), invalid.args(), locale));
                }
            } catch (ConflictException refused) {
                model.addAttribute("problem", text(refused.messageKey(), refused.args(), locale));
            }
        }
        fill(user, id, model, form, errors);
        return "workbench/task";
    }

    private void fill(PlatformUser user, String taskId, Model model, DecisionForm form, Map<String, String> errors) {
        var task = reviews.task(user, taskId);
        var application = applications.get(user, task.applicationId());
        pageModel.fillReadOnly(user, application, model);
        model.addAttribute("task", task);
        model.addAttribute("claimedByMe", user.username().equals(task.assignee()));
        model.addAttribute("decision", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldChoices", ReviewFields.choices(messages, LocaleContextHolder.getLocale()));
        model.addAttribute("returns", reviews.returnsOf(application.id()));
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The decision form as posted: {@code outcome}, {@code comment}, and the field comments as two parallel lists
     * ({@code commentField}, {@code commentText}); rows with neither are left out.
     */
    record DecisionForm(String outcome, String comment, List<String> commentField, List<String> commentText) {
        DecisionForm {
            commentField = commentField == null ? List.of() : commentField;
            commentText = commentText == null ? List.of() : commentText;
        }

        public List<Decision.FieldComment> fieldComments() {
            var out = new ArrayList<Decision.FieldComment>();
            for (int i = 0; i < Math.max(commentField.size(), commentText.size()); i++) {
                var field = i < commentField.size() ? commentField.get(i) : null;
                var text = i < commentText.size() ? commentText.get(i) : null;
                if ((field == null || field.isBlank()) && (text == null || text.isBlank())) {
                    continue;
                }
                out.add(new Decision.FieldComment(field, text));
            }
            return out;
        }
    }
}
