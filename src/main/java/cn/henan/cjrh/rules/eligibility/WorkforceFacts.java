package cn.henan.cjrh.rules.eligibility;

import cn.henan.cjrh.application.ApplicationForm.Workforce;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Employees, internship posts and the staff training fund (职工教育培训经费, A01–A03). The shares are for messages
 * only; rules decide by multiplying, so no rounding can tip a comparison.
 */
public final class WorkforceFacts {
    private static final int SHARE_SCALE = 8;

    private final Integer totalEmployees;
    private final Integer internshipPosts;
    private final BigDecimal annualPayroll;
    private final BigDecimal trainingFundDrawn;
    private final BigDecimal trainingFundFrontline;

    public WorkforceFacts(Workforce workforce) {
        var given = workforce == null ? new Workforce(null, null, null, null, null) : workforce;
        this.totalEmployees = given.totalEmployees();
        this.internshipPosts = given.internshipPosts();
        this.annualPayroll = given.annualPayroll();
        this.trainingFundDrawn = given.trainingFundDrawn();
        this.trainingFundFrontline = given.trainingFundFrontline();
    }

    public Integer getTotalEmployees() {
        return totalEmployees;
    }

    public Integer getInternshipPosts() {
        return internshipPosts;
    }

    /**
     * {@link #getTotalEmployees()} as a decimal, for constraints that multiply it by a ratio: Drools compiles such a
     * constraint to bytecode when both sides are {@code BigDecimal}, but interprets {@code Integer} times
     * {@code BigDecimal} (several times slower, with only a warning in the log). The {@code Integer} getters stay for
     * messages and for ruleset versions already published against them.
     */
    public BigDecimal getTotalEmployeesDecimal() {
        return decimal(totalEmployees);
    }

    /** {@link #getInternshipPosts()} as a decimal; see {@link #getTotalEmployeesDecimal()}. */
    public BigDecimal getInternshipPostsDecimal() {
        return decimal(internshipPosts);
    }

    public BigDecimal getAnnualPayroll() {
        return annualPayroll;
    }

    public BigDecimal getTrainingFundDrawn() {
        return trainingFundDrawn;
    }

    public BigDecimal getTrainingFundFrontline() {
        return trainingFundFrontline;
    }

    /** Internship posts per employee, or {@code null} when it cannot be worked out. */
    public BigDecimal getInternshipPostShare() {
        return share(decimal(internshipPosts), decimal(totalEmployees));
    }

    /** Training fund drawn per yuan of payroll, or {@code null}. */
    public BigDecimal getTrainingFundShareOfPayroll() {
        return share(trainingFundDrawn, annualPayroll);
    }

    /** Frontline part of the training fund, or {@code null}. */
    public BigDecimal getFrontlineShareOfTrainingFund() {
        return share(trainingFundFrontline, trainingFundDrawn);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, SHARE_SCALE, RoundingMode.DOWN);
    }

    private static BigDecimal decimal(Integer count) {
        return count == null ? null : BigDecimal.valueOf(count);
    }
}
