package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationForm.Investment;
import cn.henan.cjrh.rules.runtime.RulesetCompiler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FISCAL_SURCHARGE_OFFSET on the shipped rules: the worked example of DOMAIN.md §7.1, to the fen. */
class SurchargeOffsetRulesTest {
    private static final List<Investment> WORKED_EXAMPLE = List.of(
            new Investment(2025, yuan("2000000.00"), yuan("150000.00"), yuan("100000.00")),
            new Investment(2026, yuan("0"), yuan("120000.00"), yuan("80000.00")),
            new Investment(2027, yuan("500000.00"), yuan("150000.00"), yuan("100000.00")));

    @Test
    void workedExample_offsets700000_andCarries350000Then150000Then50000() {
        var offset = offsetItem(Ruleset.assess(form(WORKED_EXAMPLE), "411602", LocalDate.of(2027, 12, 31)));

        assertThat(offset.pillar()).isEqualTo(Pillar.FISCAL);
        assertThat(offset.amount()).isEqualTo(yuan("700000.00"));
        assertThat(offset.details())
                .containsExactly(
                        new SurchargeOffsetYear(2025, yuan("600000.00"), yuan("250000.00"), yuan("350000.00")),
                        new SurchargeOffsetYear(2026, yuan("0.00"), yuan("200000.00"), yuan("150000.00")),
                        new SurchargeOffsetYear(2027, yuan("150000.00"), yuan("250000.00"), yuan("50000.00")));
        assertThat(offset.source()).contains("财税〔2019〕46号");
        assertThat(offset.basis()).contains("30%").contains("尚余可抵免额 50,000.00 元");
    }

    @Test
    void nothingInvested_itemIsPresentWithZero() {
        var offset = offsetItem(Ruleset.assess(ApplicationForm.empty(), "410302", LocalDate.of(2026, 6, 1)));

        assertThat(offset.amount()).isEqualTo(yuan("0.00"));
        assertThat(offset.details()).isEmpty();
    }

    @Test
    void rate_comesFromTheParameter() {
        var files = Ruleset.files();
        var parameters = new ArrayList<Parameter>();
        for (var parameter : files.parameters()) {
            parameters.add(
                    parameter.getKey().equals("incentive.surchargeOffsetRate")
                            ? new Parameter(parameter.getKey(), "410000", new BigDecimal("0.20"), "ratio", "测试用")
                            : parameter);
        }
        var twentyPercent = new RulesetCompiler().compile(2, new RulesetFiles(files.drl(), parameters, List.of()));

        var assessment = Ruleset.assessor()
                .assess(
                        new AssessmentRequest(form(WORKED_EXAMPLE), "411602", LocalDate.of(2027, 12, 31)),
                        twentyPercent);

        // 2025: 400,000 credit, 250,000 offset, 150,000 carried; 2026: 150,000 offset; 2027: 100,000 credit, 100,000
        // offset.
        assertThat(offsetItem(assessment).amount()).isEqualTo(yuan("500000.00"));
        assertThat(offsetItem(assessment).details())
                .last()
                .isEqualTo(new SurchargeOffsetYear(2027, yuan("100000.00"), yuan("100000.00"), yuan("0.00")));
    }

    private static IncentiveItem offsetItem(Assessment assessment) {
        return assessment.incentives().stream()
                .filter(item -> item.code().equals("FISCAL_SURCHARGE_OFFSET"))
                .findFirst()
                .orElseThrow();
    }

    private static ApplicationForm form(List<Investment> investments) {
        return new ApplicationForm(null, null, null, null, null, investments, null);
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
