package cn.henan.cjrh.rules;

import java.time.LocalDate;

/** The answer of {@code GET /rulesets/active}: the version that decides an assessment dated today. */
public record ActiveRuleset(int version, LocalDate effectiveFrom) {}
