package cn.henan.cjrh.rules;

import static cn.henan.cjrh.rules.ExampleForm.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.ApiClient;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /api/v1/assessments} (自评): the shipped ruleset (version 1) over HTTP, as users see it. */
class AssessmentApiIT extends IntegrationTest {
    private static final String AS_OF = "2026-06-01";
    private static final String CHUANHUI = "411602"; // 周口 川汇区
    private static final List<String> CLAUSES = List.of(
            "E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "P01", "P02", "P03", "P04", "P05", "P06", "A01",
            "A02", "A03");

    private PlatformUser reviewer;

    @Test
    void eligibleExampleForm_inZhoukou_isEligibleWithEveryClauseAndTheBundle() {
        var response = assess(ExampleForm.design5a(), CHUANHUI);

        assertThat(response.status()).isEqualTo(200);
        var answer = response.json();
        assertThat(answer.path("eligible").asBoolean()).isTrue();
        assertThat(answer.path("needsReview").asBoolean()).isFalse();
        assertThat(answer.path("rulesetVersion").asInt()).isEqualTo(1);
        assertThat(clauses(answer)).containsExactlyElementsOf(CLAUSES);
        for (var finding : answer.path("findings")) {
            assertThat(finding.path("message").asText()).as(finding.toString()).isNotBlank();
            assertThat(finding.path("source").asText()).as(finding.toString()).isNotBlank();
            assertThat(finding.path("severity").asText()).isIn("REQUIRED", "PARTICIPATION", "REVIEW", "ADVISORY");
            if (finding.path("status").asText().equals("NOT_MET")) {
                assertThat(finding.path("hint").asText()).as(finding.toString()).isNotBlank();
            }
        }
        assertThat(status(answer, "E01")).isEqualTo("MET");
        assertThat(finding(answer, "E01").path("message").asText()).contains("7 年 0 个月");
        assertThat(status(answer, "P03")).isEqualTo("MET");
        assertThat(status(answer, "P04")).isEqualTo("MET");
        assertThat(status(answer, "P06")).isEqualTo("MET");
        assertThat(status(answer, "A02")).isEqualTo("MET");
        assertThat(finding(answer, "A02").path("message").asText()).contains("1.87%");

        var offset = incentive(answer, "FISCAL_SURCHARGE_OFFSET");
        assertThat(offset.path("pillar").asText()).isEqualTo("FISCAL");
        assertThat(offset.path("amount").decimalValue()).isEqualByComparingTo("250000.00");
        assertThat(offset.path("source").asText()).contains("财税〔2019〕46号");
        assertThat(offset.path("basis").asText()).isNotBlank();
        assertThat(incentive(answer, "FISCAL_APPRENTICESHIP_SUBSIDY")
                        .path("amount")
                        .decimalValue())
                .isEqualByComparingTo("80000.00");
        assertThat(pillars(answer)).contains("FINANCE", "FISCAL", "LAND", "CREDIT");
        for (var item : answer.path("incentives")) {
            assertThat(item.has("amount"))
                    .as("amount present, null where no policy gives one")
                    .isTrue();
            assertThat(item.path("jurisdiction").asText()).isNotBlank();
        }
        assertThat(incentive(answer, "LAND_FEE_WAIVER").path("amount").isNull()).isTrue();
        assertThat(codes(answer)).doesNotContain("FISCAL_INTERNSHIP_SUBSIDY");
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
        "E01, basic.registeredInHenanSince, 2023-06-02",
        "E02, basic.independentLegalPerson, false",
        "E03, basic.paysTaxInHenan, false",
        "E05, compliance.majorIncidents[0].date, 2023-06-02",
        "E06, compliance.onDishonestyBlacklist, true",
        "E06, compliance.taxViolation, true",
        "E07, basic.nationalTrack, true",
        "E08, compliance.revokedOn, 2022-01-01",
    })
    void singleDisqualifier_makesTheFormIneligible_withThatClauseNotMet(String clause, String field, String value) {
        var form = ExampleForm.design5a().with(field, typed(value));

        var answer = assess(form, CHUANHUI).json();

        assertThat(answer.path("eligible").asBoolean()).isFalse();
        assertThat(status(answer, clause)).isEqualTo("NOT_MET");
        assertThat(finding(answer, clause).path("hint").asText()).isNotBlank();
        assertThat(notMetRequired(answer)).containsExactly(clause);
    }

    @Test
    void e01_registeredOneDayShortOfThreeYears_saysHowLongAndWhen() {
        var answer = assess(ExampleForm.design5a().with("basic.registeredInHenanSince", "2023-06-02"), CHUANHUI)
                .json();

        var e01 = finding(answer, "E01");
        assertThat(e01.path("message").asText()).contains("2 年 11 个月", "不足 3 年");
        assertThat(e01.path("hint").asText()).contains("2026-06-02");
    }

    @Test
    void e05_incidentJustOutsideTheLookBack_isMet() {
        var answer = assess(ExampleForm.design5a().with("compliance.majorIncidents[0].date", "2023-06-01"), CHUANHUI)
                .json();

        assertThat(status(answer, "E05")).isEqualTo("MET");
        assertThat(answer.path("eligible").asBoolean()).isTrue();
    }

    @Test
    void e04_mainBusinessEducation_staysEligibleButNeedsReview() {
        var answer = assess(ExampleForm.design5a().with("basic.mainBusinessEducationTraining", true), CHUANHUI)
                .json();

        assertThat(answer.path("eligible").asBoolean()).isTrue();
        assertThat(answer.path("needsReview").asBoolean()).isTrue();
        assertThat(status(answer, "E04")).isEqualTo("NOT_MET");
        assertThat(finding(answer, "E04").path("severity").asText()).isEqualTo("REVIEW");
    }

    @Test
    void zhoukou_internshipRatioTwoPercent_decidesA01() {
        var met = assess(ExampleForm.design5a(), CHUANHUI).json();
        var short1 = assess(ExampleForm.design5a().with("workforce.internshipPosts", 23), CHUANHUI)
                .json();

        assertThat(status(met, "A01")).isEqualTo("MET");
        assertThat(finding(met, "A01").path("message").asText()).contains("2%");
        assertThat(status(short1, "A01")).isEqualTo("NOT_MET");
        assertThat(finding(short1, "A01").path("hint").asText()).contains("24");
        assertThat(short1.path("eligible").asBoolean()).as("A01 is advisory").isTrue();
        assertThat(status(met, "A03")).as("周口 sets no frontline share").isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void zhengzhou_internshipRatioAndFrontlineShare_decideA01AndA03() {
        var met = assess(ExampleForm.design5a(), "410103").json();
        var lowFrontline = assess(
                        ExampleForm.design5a().with("workforce.trainingFundFrontline", yuan("1000000.00")), "410103")
                .json();

        assertThat(status(met, "A01")).isEqualTo("MET");
        assertThat(status(met, "A03")).isEqualTo("MET");
        assertThat(finding(met, "A03").path("message").asText()).contains("60%");
        assertThat(status(lowFrontline, "A03")).isEqualTo("NOT_MET");
        assertThat(lowFrontline.path("eligible").asBoolean()).isTrue();
        assertThat(codes(met)).contains("FISCAL_ZZ_REWARDS").doesNotContain("FISCAL_INTERNSHIP_SUBSIDY");
    }

    @Test
    void sanmenxia_frontlineShareAndInternshipSubsidy() {
        var answer = assess(ExampleForm.design5a(), "411202").json();

        assertThat(status(answer, "A01")).as("三门峡 sets no internship ratio").isEqualTo("NOT_APPLICABLE");
        assertThat(status(answer, "A03")).isEqualTo("MET");
        var subsidy = incentive(answer, "FISCAL_INTERNSHIP_SUBSIDY");
        assertThat(subsidy.path("amount").decimalValue()).isEqualByComparingTo("24000.00"); // 120 student-months × 200
        assertThat(subsidy.path("basis").asText()).contains("120");
        assertThat(subsidy.path("basis").asText()).contains("200");
    }

    @Test
    void countyElsewhere_cityClausesAreNotApplicable_andNoCityItems() {
        var answer = assess(ExampleForm.design5a(), "410302").json(); // 洛阳 老城区

        assertThat(status(answer, "A01")).isEqualTo("NOT_APPLICABLE");
        assertThat(status(answer, "A03")).isEqualTo("NOT_APPLICABLE");
        assertThat(answer.path("eligible").asBoolean()).isTrue();
        assertThat(codes(answer))
                .doesNotContain("FISCAL_INTERNSHIP_SUBSIDY", "FISCAL_ZK_AWARD_FUND", "FISCAL_ZZ_REWARDS")
                .contains("FISCAL_SURCHARGE_OFFSET");
    }

    /**
     * DOMAIN.md §7.1's worked example (2025–2027), two years earlier: the form refuses investment years after this
     * year, and the arithmetic does not depend on the year.
     */
    @Test
    void surchargeOffset_overSeveralYears_carriesTheCreditForward() {
        var form = ExampleForm.design5a()
                .with(
                        "investments",
                        List.of(
                                investment(2023, "2000000.00", "150000.00", "100000.00"),
                                investment(2024, "0", "120000.00", "80000.00"),
                                investment(2025, "500000.00", "150000.00", "100000.00")));

        var response = api().post("/api/v1/assessments", form.body(CHUANHUI, "2025-12-31"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var answer = response.json();

        var offset = incentive(answer, "FISCAL_SURCHARGE_OFFSET");
        assertThat(offset.path("amount").decimalValue()).isEqualByComparingTo("700000.00");
        var years = new ArrayList<List<Object>>();
        for (var year : offset.path("details")) {
            years.add(List.of(
                    year.path("year").asInt(),
                    year.path("credit").decimalValue().stripTrailingZeros(),
                    year.path("offset").decimalValue().stripTrailingZeros(),
                    year.path("carriedForward").decimalValue().stripTrailingZeros()));
        }
        assertThat(years)
                .containsExactly(
                        List.of(2023, plain("600000"), plain("250000"), plain("350000")),
                        List.of(2024, plain("0"), plain("200000"), plain("150000")),
                        List.of(2025, plain("150000"), plain("250000"), plain("50000")));
    }

    @Test
    void missingField_givesThatClauseNotMet_sayingWhatIsMissing() {
        var form = ExampleForm.design5a().without("basic.registeredInHenanSince");

        var response = assess(form, CHUANHUI);

        assertThat(response.status()).isEqualTo(200);
        var answer = response.json();
        assertThat(status(answer, "E01")).isEqualTo("NOT_MET");
        assertThat(finding(answer, "E01").path("message").asText()).contains("basic.registeredInHenanSince");
        assertThat(answer.path("eligible").asBoolean()).isFalse();
    }

    @Test
    void emptyForm_isAssessedWithoutError_everyClauseConcluded() {
        var response = api().post("/api/v1/assessments", Map.of("form", Map.of(), "asOf", AS_OF));

        assertThat(response.status()).isEqualTo(200);
        assertThat(clauses(response.json())).containsExactlyElementsOf(CLAUSES);
        assertThat(response.json().path("eligible").asBoolean()).isFalse();
    }

    @Test
    void enterpriseUser_withoutJurisdiction_isAssessedInItsCounty() {
        var enterprise = given.registeredEnterprise("411202"); // 三门峡 湖滨区
        var client = api.as(enterprise.username(), Fixtures.PASSWORD);

        var answer = client.post("/api/v1/assessments", ExampleForm.design5a().body(null, AS_OF))
                .json();

        assertThat(status(answer, "A03")).isEqualTo("MET");
        assertThat(codes(answer)).contains("FISCAL_INTERNSHIP_SUBSIDY");
    }

    @Test
    void enterpriseUser_mayAskWhatIfInAnotherCounty() {
        var enterprise = given.registeredEnterprise("411202");
        var client = api.as(enterprise.username(), Fixtures.PASSWORD);

        var answer = client.post("/api/v1/assessments", ExampleForm.design5a().body("410302", AS_OF))
                .json();

        assertThat(codes(answer)).doesNotContain("FISCAL_INTERNSHIP_SUBSIDY");
        assertThat(status(answer, "A03")).isEqualTo("NOT_APPLICABLE");
    }

    @ParameterizedTest
    @CsvSource({"999999", "110101", "4116", "41160x"})
    void jurisdictionOutsideHenan_isRefusedNamingTheField(String code) {
        var response = assess(ExampleForm.design5a(), code);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.fieldError("jurisdictionCode")).contains(code);
    }

    @Test
    void dateBeforeAnyRulesetIsInEffect_isRefusedNamingAsOf() {
        var response = api().post("/api/v1/assessments", ExampleForm.design5a().body(CHUANHUI, "2018-12-31"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("asOf")).contains("2018-12-31");
    }

    @Test
    void malformedForm_isRefusedNamingTheField() {
        var wrongType = ExampleForm.design5a().with("workforce.totalEmployees", "许多");
        var negative = ExampleForm.design5a().with("workforce.annualPayroll", -1);
        var unknownEnum = ExampleForm.design5a().with("participation.runsSchool", "SOMETIMES");

        var wrongTypeResponse = assess(wrongType, CHUANHUI);
        var negativeResponse = assess(negative, CHUANHUI);
        var unknownEnumResponse = assess(unknownEnum, CHUANHUI);

        assertThat(wrongTypeResponse.status()).isEqualTo(400);
        assertThat(wrongTypeResponse.fieldError("form.workforce.totalEmployees"))
                .isNotNull();
        assertThat(negativeResponse.status()).isEqualTo(400);
        assertThat(negativeResponse.fieldError("form.workforce.annualPayroll")).isNotNull();
        assertThat(unknownEnumResponse.status()).isEqualTo(400);
        assertThat(unknownEnumResponse.fieldError("form.participation.runsSchool"))
                .isNotNull();
    }

    @Test
    void withoutCredentials_isUnauthorized() {
        var response = api.post("/api/v1/assessments", ExampleForm.design5a().body(CHUANHUI, AS_OF));

        assertThat(response.status()).isEqualTo(401);
    }

    private ApiClient.Response assess(ExampleForm form, String jurisdictionCode) {
        return api().post("/api/v1/assessments", form.body(jurisdictionCode, AS_OF));
    }

    /** Any signed-in user may self-check; a provincial reviewer stands for them (one user per test). */
    private ApiClient api() {
        if (reviewer == null) {
            reviewer = given.staff(Role.PROVINCE_REVIEWER, "410000");
        }
        return api.as(reviewer.username(), Fixtures.PASSWORD);
    }

    private static Object typed(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> value;
        };
    }

    private static Map<String, Object> investment(int year, String invested, String education, String local) {
        return Map.of(
                "year", year,
                "qualifyingInvestment", yuan(invested),
                "educationSurchargePayable", yuan(education),
                "localEducationSurchargePayable", yuan(local));
    }

    private static BigDecimal plain(String amount) {
        return new BigDecimal(amount).stripTrailingZeros();
    }

    static List<String> clauses(JsonNode answer) {
        var clauses = new ArrayList<String>();
        answer.path("findings")
                .forEach(finding -> clauses.add(finding.path("clause").asText()));
        return clauses;
    }

    static JsonNode finding(JsonNode answer, String clause) {
        for (var finding : answer.path("findings")) {
            if (finding.path("clause").asText().equals(clause)) {
                return finding;
            }
        }
        throw new AssertionError("no finding for " + clause + " in " + answer);
    }

    static String status(JsonNode answer, String clause) {
        return finding(answer, clause).path("status").asText();
    }

    private static List<String> notMetRequired(JsonNode answer) {
        var clauses = new ArrayList<String>();
        for (var finding : answer.path("findings")) {
            if (finding.path("severity").asText().equals("REQUIRED")
                    && !finding.path("status").asText().equals("MET")) {
                clauses.add(finding.path("clause").asText());
            }
        }
        return clauses;
    }

    static JsonNode incentive(JsonNode answer, String code) {
        for (var item : answer.path("incentives")) {
            if (item.path("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no incentive " + code + " in " + answer.path("incentives"));
    }

    static List<String> codes(JsonNode answer) {
        var codes = new ArrayList<String>();
        answer.path("incentives").forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }

    private static List<String> pillars(JsonNode answer) {
        var pillars = new ArrayList<String>();
        answer.path("incentives")
                .forEach(item -> pillars.add(item.path("pillar").asText()));
        return pillars;
    }
}
