package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationForm.Basic;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** E01 on the shipped rules: "N full years since D" holds when {@code D.plusYears(N) <= asOf} (DESIGN.md §4). */
class E01RegisteredThreeYearsRulesTest {

    @ParameterizedTest(name = "registered {0}, assessed {1}: {2} ({3})")
    @CsvSource({
        "2023-06-01, 2026-06-01, MET,     3 年 0 个月",
        "2023-06-02, 2026-06-01, NOT_MET, 2 年 11 个月，不足 3 年",
        "2023-06-02, 2026-06-02, MET,     3 年 0 个月",
        "2020-02-29, 2023-02-28, MET,     3 年 0 个月",
        "2020-02-29, 2023-02-27, NOT_MET, 2 年 11 个月",
        "2021-02-28, 2024-02-28, MET,     3 年 0 个月",
        "2021-03-31, 2024-02-29, NOT_MET, 2 年 11 个月",
        "2026-07-01, 2026-06-01, NOT_MET, 0 年 0 个月",
    })
    void fullYears_decideE01(LocalDate since, LocalDate asOf, FindingStatus expected, String text) {
        var form = new ApplicationForm(
                new Basic(since, null, null, null, null, null, null), null, null, null, null, null, null);

        var e01 = Ruleset.assess(form, "411602", asOf).findings().stream()
                .filter(f -> f.clause().equals("E01"))
                .toList();

        assertThat(e01).singleElement().satisfies(finding -> {
            assertThat(finding.status()).isEqualTo(expected);
            assertThat(finding.message()).contains(text);
            assertThat(finding.severity()).isEqualTo(Severity.REQUIRED);
            assertThat(finding.source()).contains("第二批产教融合型企业建设培育单位申报工作的通知");
            if (expected == FindingStatus.NOT_MET) {
                assertThat(finding.hint()).contains(since.plusYears(3).toString());
            } else {
                assertThat(finding.hint()).isNull();
            }
        });
    }
}
