package cn.henan.cjrh.rules.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A published ruleset version's place in time: it decides assessments dated on or after {@code effectiveFrom}; of two
 * versions effective the same day the later approval wins (DESIGN.md §4).
 */
public record PublishedVersion(int version, LocalDate effectiveFrom, Instant approvedAt) {

    public PublishedVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
