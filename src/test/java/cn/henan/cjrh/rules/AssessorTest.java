package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.rules.runtime.RulesetCompiler;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessorTest {

    @Test
    void clauseNoRuleConcludedOn_isNotMet_soAGapNeverMakesAFirmEligible() {
        var drl =
                """
                package cn.henan.cjrh.rules.eligibility;

                import cn.henan.cjrh.rules.Parameter;
                import function cn.henan.cjrh.rules.runtime.Findings.met;

                rule "X01 Only when a parameter nobody set is there"
                    @clause("X01") @severity("REQUIRED") @source("测试")
                  when
                    Parameter( key == "workforce.internshipPostRatio" )
                  then
                    insert( met( drools.getRule(), "不会出现" ) );
                end
                """;
        var ruleset = new RulesetCompiler()
                .compile(
                        7,
                        new RulesetFiles(
                                Map.of("eligibility/X01.drl", drl),
                                Ruleset.files().parameters(),
                                List.of()));

        var assessment = Ruleset.assessor()
                .assess(new AssessmentRequest(ApplicationForm.empty(), "410302", LocalDate.of(2026, 6, 1)), ruleset);

        assertThat(assessment.eligible()).isFalse();
        assertThat(assessment.rulesetVersion()).isEqualTo(7);
        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.clause()).isEqualTo("X01");
            assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET);
            assertThat(finding.message()).isEqualTo(Assessor.NO_CONCLUSION);
        });
    }

    @Test
    void parameters_resolveCountyThenCityThenProvince() {
        var parameters = List.of(
                new Parameter("workforce.frontlineShareMin", "410000", 0.5, "ratio", "省"),
                new Parameter("workforce.frontlineShareMin", "411200", 0.6, "ratio", "市"),
                new Parameter("workforce.frontlineShareMin", "411202", 0.7, "ratio", "县"));

        assertThat(ParameterResolution.resolve(parameters, List.of("411202", "411200", "410000")))
                .extracting(Parameter::getSource)
                .containsExactly("县");
        assertThat(ParameterResolution.resolve(parameters, List.of("411221", "411200", "410000")))
                .extracting(Parameter::getSource)
                .containsExactly("市");
        assertThat(ParameterResolution.resolve(parameters, List.of("410302", "410300", "410000")))
                .extracting(Parameter::getSource)
                .containsExactly("省");
    }
}
