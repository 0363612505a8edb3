package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetValidation;
import cn.henan.cjrh.web.pages.PageFormat;
import cn.henan.cjrh.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DRL editor's calls (session and CSRF, like every page form): save one file with the save count the page read
 * (a save made meanwhile by someone else is a 409 that overwrites nothing), read the stored text again, and validate
 * the version (every compile, sandbox, metadata and parameter problem with file, line and column).
 */
@RestController
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioFileEndpoint {
    private final RulesetAuthoring authoring;
    private final PageFormat format;

    StudioFileEndpoint(RulesetAuthoring authoring, PageFormat format) {
        this.authoring = authoring;
        this.format = format;
    }

    @PutMapping("/studio/versions/{version}/file")
    Saved save(@CurrentUser PlatformUser user, @PathVariable int version, @Valid @RequestBody Edit edit) {
        var saved = authoring.saveFile(
                user, version, edit.path(), edit.content() == null ? "" : edit.content(), edit.rowVersion());
        return new Saved(saved.file().path(), saved.file().size(), saved.rowVersion(), format.time(Instant.now()));
    }

    @GetMapping("/studio/versions/{version}/file")
    Stored stored(@PathVariable int version, @RequestParam String path) {
        var content = authoring.file(version, path);
        return new Stored(path, content, authoring.get(version).rowVersion());
    }

    @PostMapping("/studio/versions/{version}/validate")
    RulesetValidation validate(@PathVariable int version) {
        return authoring.validate(version);
    }

    /** @param rowVersion the draft's save count when the page read it; {@code null} saves without checking */
    record Edit(@NotNull(message = "{studio.files.path.required}") String path, String content, Integer rowVersion) {}

    record Saved(String path, long size, int rowVersion, String savedAtText) {}

    record Stored(String path, String content, int rowVersion) {}
}
