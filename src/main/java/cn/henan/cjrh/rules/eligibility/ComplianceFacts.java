package cn.henan.cjrh.rules.eligibility;

import cn.henan.cjrh.application.ApplicationForm.Compliance;
import java.time.LocalDate;

/** Credit and compliance (信用与合规, B5–B7 and the 5-year ban after revocation). */
public final class ComplianceFacts {
    private final LocalDate asOf;
    private final boolean declared;
    private final Boolean onDishonestyBlacklist;
    private final Boolean taxViolation;
    private final LocalDate revokedOn;

    public ComplianceFacts(Compliance compliance, LocalDate asOf) {
        this.asOf = asOf;
        this.declared = compliance != null;
        this.onDishonestyBlacklist = compliance == null ? null : compliance.onDishonestyBlacklist();
        this.taxViolation = compliance == null ? null : compliance.taxViolation();
        this.revokedOn = compliance == null ? null : compliance.revokedOn();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Whether the compliance section was filled in at all: an empty incident list or an empty {@code revokedOn} means
     * "none" only then.
     */
    public boolean isDeclared() {
        return declared;
    }

    public Boolean getOnDishonestyBlacklist() {
        return onDishonestyBlacklist;
    }

    public Boolean getTaxViolation() {
        return taxViolation;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }
}
