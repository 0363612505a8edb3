package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.RulesetTestReport.CaseResult;
import cn.henan.cjrh.shared.ConflictException;
import java.util.List;

/**
 * A version cannot take the next step: it does not compile (submit, approve, a test run) or some of its test cases fail
 * (approve). Carries what the editor has to fix, so the answer can list it.
 */
public class RulesetInvalidException extends ConflictException {
    private final transient List<RulesetMessage> messages;
    private final transient List<CaseResult> failedTests;

    private RulesetInvalidException(
            String messageKey, List<RulesetMessage> messages, List<CaseResult> failedTests, Object... args) {
        super(messageKey, args);
        this.messages = List.copyOf(messages);
        this.failedTests = List.copyOf(failedTests);
    }

    static RulesetInvalidException doesNotCompile(int version, List<RulesetMessage> messages) {
        return new RulesetInvalidException(
                "rules.authoring.invalid",
                messages,
                List.of(),
                String.valueOf(version),
                String.valueOf(messages.size()));
    }

    static RulesetInvalidException testsFail(int version, RulesetTestReport report) {
        var failed =
                report.results().stream().filter(result -> !result.passed()).toList();
        return new RulesetInvalidException(
                "rules.authoring.tests-failed",
                List.of(),
                failed,
                String.valueOf(version),
                String.valueOf(failed.size()));
    }

    /** Compile, sandbox and parameter problems with file, line and column. */
    public List<RulesetMessage> messages() {
        return messages;
    }

    /** The failing test cases with what differed. */
    public List<CaseResult> failedTests() {
        return failedTests;
    }
}
