package cn.henan.cjrh.workflow;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The process's deadlines, as ISO-8601 durations (DESIGN.md §3); a test or a demo shortens them, e.g.
 * {@code --cjrh.workflow.publicity-duration=PT5S}.
 *
 * @param publicityDuration 公示 length (7 calendar days, H-PUB)
 * @param reviewDue due date of each review step, escalated when passed
 * @param revisionDeadline time the enterprise has to resubmit after a return; then the application is withdrawn
 * @param planDue time to file the three-year plan (三年规划) after certification (2 months, H-952)
 */
@Validated
@ConfigurationProperties("cjrh.workflow")
public record WorkflowProperties(
        @DefaultValue("P7D") @Pattern(regexp = ISO_DURATION) String publicityDuration,
        @DefaultValue("P15D") @Pattern(regexp = ISO_DURATION) String reviewDue,
        @DefaultValue("P30D") @Pattern(regexp = ISO_DURATION) String revisionDeadline,
        @DefaultValue("P2M") @Pattern(regexp = ISO_DURATION) String planDue) {
    static final String ISO_DURATION = "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?";
}
