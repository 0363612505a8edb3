package cn.henan.cjrh.web.api;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.Assessment;
import cn.henan.cjrh.rules.AssessmentService;
import cn.henan.cjrh.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentController {
    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping
    @Operation(
            summary = "自评 — assess a form with the ruleset in effect on asOf; stores nothing",
            description = "jurisdictionCode defaults to the caller's (an enterprise user's county), any Henan code may "
                    + "be given; asOf defaults to today (Asia/Shanghai). The answer names the ruleset version used.")
    Assessment assess(@CurrentUser PlatformUser user, @Valid @RequestBody AssessmentBody body) {
        return assessments.assess(user, body.form(), body.jurisdictionCode(), body.asOf());
    }

    /** {@code {form, jurisdictionCode?, asOf?}}; every form field may be empty: the findings say what is missing. */
    record AssessmentBody(@Valid ApplicationForm form, String jurisdictionCode, LocalDate asOf) {}
}
