package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code rules/tests/*.yaml} against the shipped ruleset with the production test runner: the same
 * check policy staff run from the studio. A failing case lists each difference in plain Chinese.
 */
class RulesetCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheShippedRulesetPasses() {
        var runner = new RulesetTestRunner(Ruleset.assessor());
        var compiled = Ruleset.compiled();
        return Ruleset.files().tests().stream()
                .map(test -> DynamicTest.dynamicTest(test.file() + " › " + test.name(), () -> {
                    var result = runner.run(compiled, test);

                    assertThat(result.differences())
                            .as("%s (%s)", test.name(), test.file())
                            .isEmpty();
                }));
    }
}
