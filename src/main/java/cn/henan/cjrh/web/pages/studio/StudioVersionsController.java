package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetVersion;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.web.security.CurrentUser;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 规则集版本列表 ({@code /studio}): every version, newest first, with its status, base, change note, who did each
 * step and when, its effective date and which one is in effect today; and the form that copies a version into a new
 * draft ({@link RulesetAuthoring#createDraft}).
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioVersionsController {
    static final int CHANGE_NOTE_MAX = 2000;

    private final RulesetAuthoring authoring;
    private final StudioVersionModel versionModel;
    private final StudioMessages messages;

    StudioVersionsController(RulesetAuthoring authoring, StudioVersionModel versionModel, StudioMessages messages) {
        this.authoring = authoring;
        this.versionModel = versionModel;
        this.messages = messages;
    }

    @GetMapping("/studio")
    String list(@CurrentUser PlatformUser user, Model model) {
        fill(user, model, new DraftForm(null, null), Map.of());
        return "studio/versions";
    }

    @PostMapping("/studio/drafts")
    String createDraft(
            @CurrentUser PlatformUser user,
            @RequestParam(required = false) String baseVersion,
            @RequestParam(required = false) String changeNote,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var form = new DraftForm(baseVersion, changeNote);
        var errors = new LinkedHashMap<String, String>();
        Integer base = null;
        try {
            base = baseVersion == null || baseVersion.isBlank() ? null : Integer.valueOf(baseVersion.strip());
        } catch (NumberFormatException notANumber) {
            // named below, like a missing one
        }
        if (base == null) {
            errors.put("baseVersion", messages.text("rules.authoring.base-version.required", locale));
        }
        if (changeNote != null && changeNote.length() > CHANGE_NOTE_MAX) {
            errors.put("changeNote", messages.text("rules.authoring.change-note.too-long", locale));
        }
        if (errors.isEmpty()) {
            try {
                var draft = authoring.createDraft(user, base, changeNote);
                redirect.addFlashAttribute("notice", "studio.draft.created");
                return "redirect:/studio/versions/" + draft.version();
            } catch (InvalidInputException invalid) {
                errors.putAll(messages.fieldErrors(invalid, locale));
            }
        }
        fill(user, model, form, errors);
        return "studio/versions";
    }

    private void fill(PlatformUser user, Model model, DraftForm form, Map<String, String> errors) {
        List<RulesetVersion> all = authoring.list().stream()
                .sorted(Comparator.comparingInt(RulesetVersion::version).reversed())
                .toList();
        var active = versionModel.activeVersion();
        model.addAttribute("user", user);
        model.addAttribute("versions", all);
        model.addAttribute("activeVersion", active);
        model.addAttribute(
                "draftForm",
                form.baseVersion() == null && errors.isEmpty()
                        ? new DraftForm(active == null ? null : String.valueOf(active), null)
                        : form);
        model.addAttribute("errors", errors);
    }

    /** The new-draft form as typed, kept when it is refused. */
    record DraftForm(String baseVersion, String changeNote) {}
}
