package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.RulesetTestReport.CaseResult;
import cn.henan.cjrh.rules.runtime.CompiledRuleset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs a ruleset's test cases and says, per case, what differs from the expectation. Beyond what a case lists, every
 * case also checks that each clause got exactly one conclusion, so overlapping or missing rules show up at once.
 */
public final class RulesetTestRunner {
    private final Assessor assessor;

    public RulesetTestRunner(Assessor assessor) {
        this.assessor = assessor;
    }

    public RulesetTestReport run(CompiledRuleset ruleset, List<RulesetTestCase> cases) {
        var results = cases.stream().map(test -> run(ruleset, test)).toList();
        int passed = (int) results.stream().filter(CaseResult::passed).count();
        return new RulesetTestReport(passed, results.size() - passed, results);
    }

    public CaseResult run(CompiledRuleset ruleset, RulesetTestCase test) {
        List<String> differences;
        try {
            var assessment =
                    assessor.assess(new AssessmentRequest(test.form(), test.jurisdictionCode(), test.asOf()), ruleset);
            differences = differences(test.expect(), assessment);
        } catch (RuntimeException e) {
            differences = List.of("评估出错：" + e);
        }
        return new CaseResult(test.name(), test.file(), differences.isEmpty(), differences);
    }

    static List<String> differences(RulesetTestCase.Expectation expect, Assessment actual) {
        var differences = new ArrayList<String>();
        var byClause = actual.findings().stream().collect(Collectors.groupingBy(Finding::clause));
        byClause.forEach((clause, findings) -> {
            if (findings.size() > 1) {
                differences.add(clause + "：有 " + findings.size() + " 条结论，应只有一条 " + findings);
            }
            findings.stream()
                    .filter(f -> Assessor.NO_CONCLUSION.equals(f.message()))
                    .forEach(f -> differences.add(clause + "：没有规则得出结论"));
        });
        if (expect.eligible() != null && expect.eligible() != actual.eligible()) {
            differences.add("eligible：期望 " + expect.eligible() + "，实际 " + actual.eligible() + unmet(actual));
        }
        if (expect.needsReview() != null && expect.needsReview() != actual.needsReview()) {
            differences.add("needsReview：期望 " + expect.needsReview() + "，实际 " + actual.needsReview());
        }
        expect.clauses().forEach((clause, status) -> {
            var findings = byClause.getOrDefault(clause, List.of());
            if (findings.isEmpty()) {
                differences.add(clause + "：期望 " + status + "，实际没有这一条款的结论");
            } else if (findings.stream().anyMatch(f -> f.status() != status)) {
                findings.forEach(
                        f -> differences.add(clause + "：期望 " + status + "，实际 " + f.status() + "（" + f.message() + "）"));
            }
        });
        expect.messages().forEach((clause, text) -> {
            var findings = byClause.getOrDefault(clause, List.of());
            if (findings.stream().noneMatch(f -> contains(f.message(), text) || contains(f.hint(), text))) {
                differences.add(clause + "：说明中应含有“" + text + "”，实际为 "
                        + findings.stream().map(f -> "“" + f.message() + "”").toList());
            }
        });
        var items = actual.incentives().stream()
                .collect(Collectors.toMap(IncentiveItem::code, Function.identity(), (a, b) -> a));
        expect.incentives().forEach((code, amount) -> {
            var item = items.get(code);
            if (item == null) {
                differences.add(code + "：期望金额 " + amountText(amount) + "，实际没有这一项激励");
            } else if (!sameAmount(amount, item.amount())) {
                differences.add(code + "：期望金额 " + amountText(amount) + "，实际 " + amountText(item.amount()) + "（"
                        + item.basis() + "）");
            }
        });
        expect.absentIncentives().stream()
                .filter(items::containsKey)
                .forEach(code -> differences.add(
                        code + "：不应有这一项激励，实际有（" + items.get(code).basis() + "）"));
        return differences;
    }

    private static String unmet(Assessment actual) {
        var unmet = actual.findings().stream()
                .filter(f -> f.isNotMet() && f.severity() != Severity.ADVISORY && f.severity() != Severity.REVIEW)
                .map(Finding::clause)
                .distinct()
                .toList();
        return unmet.isEmpty() ? "" : "（未满足：" + String.join("、", unmet) + "）";
    }

    private static boolean contains(String text, String part) {
        return text != null && text.contains(part);
    }

    private static boolean sameAmount(BigDecimal expected, BigDecimal actual) {
        return expected == null || actual == null ? Objects.equals(expected, actual) : expected.compareTo(actual) == 0;
    }

    private static String amountText(BigDecimal amount) {
        return amount == null ? "null（无金额）" : amount.toPlainString();
    }
}
