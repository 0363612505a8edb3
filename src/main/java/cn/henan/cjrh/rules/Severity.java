package cn.henan.cjrh.rules;

/** How a clause counts towards {@code eligible} (DESIGN.md §4). */
public enum Severity {
    /** Every one must be met. */
    REQUIRED,
    /** At least {@code participation.minConditionsMet} of them must be met. */
    PARTICIPATION,
    /** Not met means a reviewer must give a reason to accept the application ("原则上不纳入"); never blocks. */
    REVIEW,
    /** A municipal duty reported for scoring and the annual evaluation; never blocks. */
    ADVISORY
}
