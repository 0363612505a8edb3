package cn.henan.cjrh.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One clause's result: plain Chinese with the numbers that decided it, the policy source, and for an unmet clause a
 * hint saying what would make it pass.
 */
public record Finding(
        String clause, FindingStatus status, Severity severity, String message, String source, String hint) {

    public Finding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
    }

    @JsonIgnore
    public boolean isMet() {
        return status == FindingStatus.MET;
    }

    @JsonIgnore
    public boolean isNotMet() {
        return status == FindingStatus.NOT_MET;
    }
}
