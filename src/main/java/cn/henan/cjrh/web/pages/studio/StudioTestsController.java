package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetInvalidException;
import cn.henan.cjrh.rules.RulesetTestCase;
import cn.henan.cjrh.rules.RulesetTestReport;
import cn.henan.cjrh.web.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 测试用例 ({@code /studio/versions/{v}/tests}): the version's test cases (name, file, date, jurisdiction and what is
 * expected) and 运行测试 ({@link RulesetAuthoring#runTests}): passed and failed counts, and for each failed case what
 * the rules answered differently. A version that does not compile lists its problems instead.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioTestsController {
    private final RulesetAuthoring authoring;
    private final StudioVersionModel versionModel;
    private final StudioMessages messages;

    StudioTestsController(RulesetAuthoring authoring, StudioVersionModel versionModel, StudioMessages messages) {
        this.authoring = authoring;
        this.versionModel = versionModel;
        this.messages = messages;
    }

    @GetMapping("/studio/versions/{version}/tests")
    String list(@CurrentUser PlatformUser user, @PathVariable int version, Model model) {
        fill(user, version, model, null);
        return "studio/tests";
    }

    @PostMapping("/studio/versions/{version}/tests/run")
    String run(@CurrentUser PlatformUser user, @PathVariable int version, Model model, Locale locale) {
        RulesetTestReport report = null;
        try {
            report = authoring.runTests(version);
        } catch (RulesetInvalidException invalid) {
            model.addAttribute("problem", messages.of(invalid, locale));
            model.addAttribute("compileMessages", invalid.messages());
        }
        fill(user, version, model, report);
        return "studio/tests";
    }

    private void fill(PlatformUser user, int version, Model model, RulesetTestReport report) {
        versionModel.fill(user, version, "tests", model);
        var tests = authoring.tests(version);
        model.addAttribute("cases", tests.stream().map(TestCaseRow::of).toList());
        model.addAttribute("report", report);
        model.addAttribute(
                "failures",
                report == null
                        ? List.of()
                        : report.results().stream().filter(r -> !r.passed()).toList());
        if (!model.containsAttribute("compileMessages")) {
            model.addAttribute("compileMessages", List.of());
        }
    }

    /** One test case as the list shows it: what it checks in one line. */
    record TestCaseRow(String name, String file, String asOf, String jurisdictionCode, String expected) {
        static TestCaseRow of(RulesetTestCase test) {
            var expect = test.expect();
            var parts = new java.util.ArrayList<String>();
            if (expect.eligible() != null) {
                parts.add("eligible=" + expect.eligible());
            }
            if (expect.needsReview() != null) {
                parts.add("needsReview=" + expect.needsReview());
            }
            parts.addAll(join(expect.clauses()));
            expect.incentives()
                    .forEach((code, amount) -> parts.add(code + "=" + (amount == null ? "—" : amount.toPlainString())));
            expect.absentIncentives().forEach(code -> parts.add("¬" + code));
            return new TestCaseRow(
                    test.name(),
                    test.file(),
                    test.asOf() == null ? "" : test.asOf().toString(),
                    test.jurisdictionCode(),
                    String.join(" · ", parts));
        }

        private static List<String> join(Map<String, ?> clauses) {
            return clauses.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.toList());
        }
    }
}
