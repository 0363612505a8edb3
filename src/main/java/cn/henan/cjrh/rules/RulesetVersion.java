package cn.henan.cjrh.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 规则集版本 — one version's place in the lifecycle, with who did each step and when (DESIGN.md §4). Its content (DRL
 * files, parameters, test cases) is read separately with {@link RulesetVersions#content(int)}.
 *
 * @param baseVersion the version this one was copied from; {@code null} for version 1
 * @param effectiveFrom set on approval; from that Asia/Shanghai date on the version decides assessments
 * @param rejected the last refusal by an approver, kept after the draft is submitted again
 * @param retired set when an approver took the version out of effect (RETIRED)
 * @param rowVersion counts the saves of a draft, for optimistic locking ({@code ETag} / {@code If-Match})
 */
public record RulesetVersion(
        int version,
        RulesetStatus status,
        Integer baseVersion,
        LocalDate effectiveFrom,
        String changeNote,
        Step created,
        Step submitted,
        Step approved,
        Rejection rejected,
        Retirement retired,
        int rowVersion) {

    /** Who took a step and when; a step not taken is {@code null}. */
    public record Step(String by, Instant at) {}

    /** 退回 — an approver's refusal, with the reason. */
    public record Rejection(String by, Instant at, String reason) {}

    /** 停用 — an approver took the published version out of effect, with the reason. */
    public record Retirement(String by, Instant at, String reason) {}
}
