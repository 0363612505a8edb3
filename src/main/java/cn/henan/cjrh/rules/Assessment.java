package cn.henan.cjrh.rules;

import java.util.List;

/**
 * The answer of {@code POST /assessments} and an application's {@code assessment} (DESIGN.md §5).
 *
 * @param eligible every {@code REQUIRED} clause met and at least {@code participation.minConditionsMet}
 *     {@code PARTICIPATION} clauses met
 * @param needsReview a {@code REVIEW} clause is not met: a reviewer who approves must say why
 * @param rulesetVersion the version that decided, so the decision can be reproduced
 */
public record Assessment(
        boolean eligible,
        boolean needsReview,
        int rulesetVersion,
        List<Finding> findings,
        List<IncentiveItem> incentives) {

    public Assessment {
        findings = List.copyOf(findings);
        incentives = List.copyOf(incentives);
    }
}
