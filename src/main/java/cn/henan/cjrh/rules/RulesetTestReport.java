package cn.henan.cjrh.rules;

import java.util.List;

/** The answer of {@code POST /rulesets/{v}/tests/run}. */
public record RulesetTestReport(int passed, int failed, List<CaseResult> results) {

    public RulesetTestReport {
        results = List.copyOf(results);
    }

    /** @param differences what the rules answered differently, in plain Chinese; empty when the case passed */
    public record CaseResult(String name, String file, boolean passed, List<String> differences) {

        public CaseResult {
            differences = List.copyOf(differences);
        }
    }
}
