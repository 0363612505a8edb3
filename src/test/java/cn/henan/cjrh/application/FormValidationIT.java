package cn.henan.cjrh.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Out-of-range values are refused field by field, and what was saved before stays. */
class FormValidationIT extends IntegrationTest {

    @Test
    void outOfRangeValues_areRefusedNamingEachField_andTheSavedDraftStays() {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);
        var tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        var form = ApplicationApiIT.sampleForm();
        ((Map<String, Object>) form.get("basic")).put("registeredInHenanSince", tomorrow);
        ((Map<String, Object>) form.get("workforce")).put("annualPayroll", -1);
        ((Map<String, Object>) form.get("workforce")).put("totalEmployees", -5);
        ((Map<String, Object>) form.get("workforce")).put("trainingFundFrontline", 1836000.00); // 102% of drawn
        ((Map<String, Object>) form.get("workforce")).put("internshipPosts", 30);
        form.put(
                "investments",
                List.of(
                        Map.of("year", 2025, "qualifyingInvestment", 100.123),
                        Map.of("year", 2025, "qualifyingInvestment", 1)));

        var response = client.put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", form));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("form.basic.registeredInHenanSince")).isEqualTo("日期不能晚于今天。");
        assertThat(response.fieldError("form.workforce.annualPayroll")).contains("不能为负数");
        assertThat(response.fieldError("form.workforce.totalEmployees")).isEqualTo("不能为负数。");
        assertThat(response.fieldError("form.workforce.trainingFundFrontline")).contains("不能超过 100%");
        assertThat(response.fieldError("form.investments[0].qualifyingInvestment"))
                .contains("两位小数");
        assertThat(response.fieldError("form.investments")).contains("同一年度");
        var saved = client.get("/api/v1/applications/" + draft.id()).json();
        assertThat(saved.path("version").asInt()).as("nothing saved").isZero();
    }

    @Test
    void cooperationYearInTheFuture_isRefused() {
        var draft = given.draftApplication("411602", null);
        var form = ApplicationApiIT.sampleForm();
        ((Map<String, Object>) form.get("participation"))
                .put("cooperations", List.of(Map.of("schoolName", "某学院", "sinceYear", 2999)));

        var response = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", form));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("form.participation.cooperations[0].sinceYear"))
                .contains("1949");
    }

    @Test
    void incompleteDraft_isAccepted() {
        var draft = given.draftApplication("411602", null);

        var response = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .put(
                        "/api/v1/applications/" + draft.id(),
                        Map.of("version", 0, "form", Map.of("basic", Map.of("industry", "高端装备"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
