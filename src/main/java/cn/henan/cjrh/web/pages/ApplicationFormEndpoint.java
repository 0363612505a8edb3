package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The wizard's autosave: the page sends the whole form with the version it holds, and the application service saves
 * it or refuses (stale version, not editable, bad values) without overwriting anything. Session and CSRF protect it
 * like any page form.
 */
@RestController
class ApplicationFormEndpoint {
    private final ApplicationService applications;
    private final PageFormat format;

    ApplicationFormEndpoint(ApplicationService applications, PageFormat format) {
        this.applications = applications;
        this.format = format;
    }

    @PutMapping("/app/applications/{id}/form")
    Saved save(@CurrentUser PlatformUser user, @PathVariable long id, @Valid @RequestBody Draft draft) {
        var saved = applications.update(user, id, draft.version(), draft.form());
        return Saved.of(saved.version(), saved.form(), saved.updatedAt(), format);
    }

    /** The latest saved form, for a page that lost a version race and wants to see what is stored now. */
    @GetMapping("/app/applications/{id}/form")
    Saved current(@CurrentUser PlatformUser user, @PathVariable long id) {
        var application = applications.get(user, id);
        return Saved.of(application.version(), application.form(), application.updatedAt(), format);
    }

    record Draft(@NotNull(message = "{application.version.required}") Integer version, @Valid ApplicationForm form) {}

    record Saved(int version, ApplicationForm form, Instant savedAt, String savedAtText) {
        static Saved of(int version, ApplicationForm form, Instant savedAt, PageFormat format) {
            return new Saved(version, form, savedAt, format.time(savedAt));
        }
    }
}
