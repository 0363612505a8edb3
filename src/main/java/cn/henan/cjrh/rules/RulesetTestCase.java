package cn.henan.cjrh.rules;

import cn.henan.cjrh.application.ApplicationForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One test case of a ruleset (the files in {@code rules/tests/}): a form, a date and a jurisdiction, and what the
 * rules must answer. Only what is listed under {@code expect} is checked.
 *
 * @param file the test file the case comes from, e.g. {@code tests/E01-registered-three-years.yaml}
 */
public record RulesetTestCase(
        String name, String file, LocalDate asOf, String jurisdictionCode, ApplicationForm form, Expectation expect) {

    public RulesetTestCase {
        form = form == null ? ApplicationForm.empty() : form;
        expect = expect == null ? new Expectation(null, null, null, null, null, null) : expect;
    }

    public RulesetTestCase withFile(String file) {
        return new RulesetTestCase(name, file, asOf, jurisdictionCode, form, expect);
    }

    /**
     * @param clauses expected status per clause code
     * @param messages a piece of text each clause's message must contain, e.g. {@code {E01: "2 年 11 个月"}}
     * @param incentives expected amount per item code; {@code null} means present without an amount
     * @param absentIncentives item codes that must not be in the bundle
     */
    public record Expectation(
            Boolean eligible,
            Boolean needsReview,
            Map<String, FindingStatus> clauses,
            Map<String, String> messages,
            Map<String, BigDecimal> incentives,
            List<String> absentIncentives) {

        public Expectation {
            clauses = ordered(clauses);
            messages = ordered(messages);
            incentives = ordered(incentives); // may hold null amounts, so no Map.copyOf
            absentIncentives = absentIncentives == null ? List.of() : List.copyOf(absentIncentives);
        }

        private static <V> Map<String, V> ordered(Map<String, V> map) {
            return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }
}
