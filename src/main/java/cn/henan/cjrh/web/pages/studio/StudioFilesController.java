package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.PayloadTooLargeException;
import cn.henan.cjrh.web.security.CurrentUser;
import java.util.LinkedHashMap;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 规则文件 ({@code /studio/versions/{v}/files?path=…}): the file tree and the DRL editor (CodeMirror over a textarea,
 * read-only unless the version is a draft), adding and deleting files. Saving and validating go through
 * {@link StudioFileEndpoint} so the typed text never leaves the page.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioFilesController {
    private final RulesetAuthoring authoring;
    private final StudioVersionModel versionModel;
    private final StudioMessages messages;

    StudioFilesController(RulesetAuthoring authoring, StudioVersionModel versionModel, StudioMessages messages) {
        this.authoring = authoring;
        this.versionModel = versionModel;
        this.messages = messages;
    }

    @GetMapping("/studio/versions/{version}/files")
    String editor(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam(required = false) String path,
            Model model) {
        fill(user, version, path, model, null, Map.of());
        return "studio/files";
    }

    @PostMapping("/studio/versions/{version}/files/new")
    String addFile(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam(required = false) String newPath,
            @RequestParam(required = false) String current,
            @RequestParam(required = false) Integer rowVersion,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var path = newPath == null ? "" : newPath.strip();
        var errors = new LinkedHashMap<String, String>();
        boolean exists =
                authoring.files(version).stream().anyMatch(file -> file.path().equals(path));
        if (exists) {
            errors.put("newPath", messages.text("studio.files.new.exists", locale, path));
        } else {
            try {
                authoring.saveFile(user, version, path, skeleton(path), rowVersion);
                redirect.addFlashAttribute("notice", "studio.files.new.done");
                return "redirect:" + editorUrl(version, path);
            } catch (InvalidInputException invalid) {
                errors.put(
                        "newPath",
                        String.join(" ", messages.fieldErrors(invalid, locale).values()));
            } catch (ConflictException | ForbiddenException | PayloadTooLargeException refused) {
                errors.put("newPath", messages.of(refused, locale));
            }
        }
        fill(user, version, current, model, path, errors);
        return "studio/files";
    }

    @PostMapping("/studio/versions/{version}/files/delete")
    String deleteFile(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam String path,
            @RequestParam(required = false) Integer rowVersion,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            authoring.deleteFile(user, version, path, rowVersion);
            redirect.addFlashAttribute("notice", "studio.files.delete.done");
            return "redirect:" + editorUrl(version, null);
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException refused) {
            redirect.addFlashAttribute("problem", messages.of(refused, locale));
            return "redirect:" + editorUrl(version, path);
        }
    }

    private void fill(
            PlatformUser user, int version, String path, Model model, String newPath, Map<String, String> errors) {
        versionModel.fill(user, version, "files", model);
        var tree = FileTree.of(authoring.files(version));
        var shown = path == null || path.isBlank() ? tree.firstPath() : path;
        model.addAttribute("tree", tree);
        model.addAttribute("path", shown);
        model.addAttribute("content", shown == null ? null : authoring.file(version, shown));
        model.addAttribute("newPath", newPath);
        model.addAttribute("errors", errors);
    }

    static String editorUrl(int version, String path) {
        var url = UriComponentsBuilder.fromPath("/studio/versions/{version}/files");
        if (path != null) {
            url.queryParam("path", path);
        }
        return url.buildAndExpand(version).encode().toUriString();
    }

    /** A new file starts with the package its folder's rules are in, so it compiles until rules are written. */
    static String skeleton(String path) {
        var folder = path.startsWith("incentives/") ? "incentives" : "eligibility";
        return "package cn.henan.cjrh.rules." + folder + ";\n\n";
    }
}
