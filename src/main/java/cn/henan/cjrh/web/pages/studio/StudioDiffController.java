package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetDiff;
import cn.henan.cjrh.rules.RulesetVersion;
import cn.henan.cjrh.web.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 版本比对 ({@code /studio/diff?from=…&to=…}): the files added, removed and changed between two versions (each change
 * as a line diff), the parameter entries added, removed and changed (old → new value), and the test cases by name
 * ({@link RulesetAuthoring#diff}). Without a choice it compares a version with its base.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioDiffController {
    private final RulesetAuthoring authoring;

    StudioDiffController(RulesetAuthoring authoring) {
        this.authoring = authoring;
    }

    @GetMapping("/studio/diff")
    String diff(
            @CurrentUser PlatformUser user,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model) {
        var versions = authoring.list().stream()
                .sorted(Comparator.comparingInt(RulesetVersion::version).reversed())
                .toList();
        Integer target =
                to != null ? to : versions.isEmpty() ? null : versions.get(0).version();
        Integer source = from;
        if (source == null && target != null) {
            var base = authoring.get(target).baseVersion();
            source = base != null ? base : target;
        }
        model.addAttribute("user", user);
        model.addAttribute("versions", versions);
        model.addAttribute("from", source);
        model.addAttribute("to", target);
        if (source != null && target != null) {
            var diff = authoring.diff(source, target);
            model.addAttribute("diff", diff);
            model.addAttribute(
                    "fileChanges",
                    diff.files().changed().stream().map(FileChangeView::of).toList());
        }
        return "studio/diff";
    }

    /** A changed file with its unified diff cut into lines, each marked added, removed, a hunk header or context. */
    record FileChangeView(String path, int linesAdded, int linesRemoved, List<DiffLine> lines) {
        static FileChangeView of(RulesetDiff.FileChange change) {
            var lines = change.diff()
                    .lines()
                    .filter(line -> !line.startsWith("--- ") && !line.startsWith("+++ "))
                    .map(DiffLine::of)
                    .toList();
            return new FileChangeView(change.path(), change.linesAdded(), change.linesRemoved(), lines);
        }
    }

    record DiffLine(String kind, String text) {
        static DiffLine of(String line) {
            String kind;
            if (line.startsWith("@@")) {
                kind = "hunk";
            } else if (line.startsWith("+")) {
                kind = "added";
            } else if (line.startsWith("-")) {
                kind = "removed";
            } else {
                kind = "context";
            }
            return new DiffLine(kind, line);
        }
    }
}
