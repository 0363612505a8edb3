package cn.henan.cjrh.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApplicationApiIT extends IntegrationTest {
    @Autowired
    ApplicationService applications;

    @Test
    void create_byEnterprise_isNumberedDraft() {
        var enterprise = given.registeredEnterprise("411602");
        var batch = given.openBatch();

        var response = api.as(enterprise.username(), Fixtures.PASSWORD)
                .post("/api/v1/applications", Map.of("batchId", batch.id(), "form", sampleForm()));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var body = response.json();
        assertThat(body.path("number").asText()).matches("CJRH-" + batch.year() + "-411602-\\d{4}");
        assertThat(body.path("status").asText()).isEqualTo("DRAFT");
        assertThat(body.path("version").asInt()).isZero();
        assertThat(body.path("enterprise").path("uscc").asText()).isEqualTo(enterprise.uscc());
        assertThat(body.path("form").path("workforce").path("totalEmployees").asInt())
                .isEqualTo(1200);
        assertThat(body.path("form")
                        .path("participation")
                        .path("cooperations")
                        .get(0)
                        .path("schoolName")
                        .asText())
                .isEqualTo("周口职业技术学院");
        assertThat(body.path("history").get(0).path("action").asText()).isEqualTo("CREATED");
    }

    @Test
    void create_withoutBody_isDraftWithEmptyForm() {
        var enterprise = given.registeredEnterprise("411602");

        var response = api.as(enterprise.username(), Fixtures.PASSWORD)
                .post(
                        "/api/v1/applications",
                        Map.of("batchId", given.openBatch().id()));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("form").path("investments")).isEmpty();
    }

    @Test
    void edit_withCurrentVersion_savesAndBumpsVersion() {
        var draft = given.draftApplication("411602", null);
        var form = sampleForm();
        ((Map<String, Object>) form.get("workforce")).put("totalEmployees", 1500);

        var response = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", form));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("version").asInt()).isEqualTo(1);
        assertThat(response.json()
                        .path("form")
                        .path("workforce")
                        .path("totalEmployees")
                        .asInt())
                .isEqualTo(1500);
    }

    @Test
    void edit_withStaleVersion_isConflictAndOverwritesNothing() {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);
        var first = sampleForm();
        assertThat(client.put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", first))
                        .status())
                .isEqualTo(200);
        var second = sampleForm();
        ((Map<String, Object>) second.get("workforce")).put("totalEmployees", 7);

        var stale = client.put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", second));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asText()).isEqualTo("/problems/stale-version");
        assertThat(stale.json().path("detail").asText()).contains("第 0 版").contains("第 1 版");
        var saved = client.get("/api/v1/applications/" + draft.id()).json();
        assertThat(saved.path("version").asInt()).isEqualTo(1);
        assertThat(saved.path("form").path("workforce").path("totalEmployees").asInt())
                .isEqualTo(1200);
    }

    @Test
    void edit_unknownEnumValue_isRefusedNamingTheField() {
        var draft = given.draftApplication("411602", null);
        var form = sampleForm();
        ((Map<String, Object>) form.get("participation")).put("runsSchool", "SOMETIMES");

        var response = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", form));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("form.participation.runsSchool")).isNotBlank();
    }

    @Test
    void edit_wrongType_isRefusedNamingTheField() {
        var draft = given.draftApplication("411602", null);
        var form = sampleForm();
        ((Map<String, Object>) form.get("workforce")).put("totalEmployees", "很多");

        var response = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", form));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("form.workforce.totalEmployees")).isNotBlank();
    }

    @Test
    void edit_misspeltField_isRefusedNotSilentlyDropped() {
        var draft = given.draftApplication("411602", null);
        var form = sampleForm();
        ((Map<String, Object>) form.get("basic")).put("registerdInHenanSince", "2019-05-10");

        var response = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", form));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("form.basic.registerdInHenanSince")).isNotBlank();
    }

    @Test
    void edit_byAnotherEnterprise_isNotFound() {
        var draft = given.draftApplication("411602", null);
        var other = given.registeredEnterprise("411602");

        var response = api.as(other.username(), Fixtures.PASSWORD)
                .put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", sampleForm()));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void edit_byReviewer_isForbidden() {
        var draft = given.draftApplication("411602", null);
        var reviewer = given.staff(Role.COUNTY_REVIEWER, "411602");

        var response = api.as(reviewer.username(), Fixtures.PASSWORD)
                .put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", sampleForm()));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void secondOpenApplicationInTheSameBatch_isConflict() {
        var draft = given.draftApplication("411621", null);

        var second = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .post(
                        "/api/v1/applications",
                        Map.of("batchId", given.openBatch().id()));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("detail").asText()).contains("已有一份进行中的申请");
    }

    @Test
    void applicationInAClosedBatch_isConflict() {
        var enterprise = given.registeredEnterprise("411621");
        var closed = given.closedBatch();

        var response = api.as(enterprise.username(), Fixtures.PASSWORD)
                .post("/api/v1/applications", Map.of("batchId", closed.id()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("detail").asText()).contains("已截止");
    }

    @Test
    void twentyConcurrentCreations_getDistinctConsecutiveNumbers() throws Exception {
        var county = "411625"; // 郸城县: a county few other tests use
        var batch = given.openBatch();
        var clients = new ArrayList<Callable<String>>();
        for (int i = 0; i < 20; i++) {
            var enterprise = given.registeredEnterprise(county);
            var client = api.as(enterprise.username(), Fixtures.PASSWORD);
            clients.add(() -> client.post("/api/v1/applications", Map.of("batchId", batch.id()))
                    .json()
                    .path("number")
                    .asText());
        }
        var pool = Executors.newFixedThreadPool(20);
        List<String> numbers = new ArrayList<>();
        try {
            for (var future : pool.invokeAll(clients, 60, TimeUnit.SECONDS)) {
                numbers.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.startsWith("CJRH-" + batch.year() + "-" + county));
        var sequences = numbers.stream()
                .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(sequences.get(sequences.size() - 1) - sequences.get(0))
                .as("no gaps: 20 creations take 20 consecutive numbers")
                .isEqualTo(19);
    }

    /** The example form of DESIGN.md §5a. */
    static Map<String, Object> sampleForm() {
        var form = new LinkedHashMap<String, Object>();
        form.put(
                "basic",
                new LinkedHashMap<>(Map.of(
                        "registeredInHenanSince", "2019-05-10",
                        "independentLegalPerson", true,
                        "paysTaxInHenan", true,
                        "mainBusinessEducationTraining", false,
                        "aboveDesignatedSize", true,
                        "nationalTrack", false,
                        "industry", "高端装备")));
        form.put(
                "workforce",
                new LinkedHashMap<>(Map.of(
                        "totalEmployees", 1200,
                        "internshipPosts", 30,
                        "annualPayroll", 96000000.00,
                        "trainingFundDrawn", 1800000.00,
                        "trainingFundFrontline", 1200000.00)));
        form.put(
                "participation",
                new LinkedHashMap<>(Map.of(
                        "runsSchool",
                        "NONE",
                        "corporateUniversityPublicTraining",
                        false,
                        "educationGroupMember",
                        true,
                        "apprenticeshipPilotLevel",
                        "PROVINCIAL",
                        "apprenticeshipCooperationYears",
                        3,
                        "onePlusXPilot",
                        false,
                        "cooperations",
                        List.of(Map.of(
                                "schoolName", "周口职业技术学院",
                                "schoolKind", "VOCATIONAL",
                                "sinceYear", 2021,
                                "coBuiltSpecialties", 3,
                                "peopleTrained", 60)))));
        form.put("apprentices", Map.of("intermediate", 10, "advanced", 5));
        form.put("internships", Map.of("studentMonths", 120));
        form.put(
                "investments",
                List.of(Map.of(
                        "year", 2025,
                        "qualifyingInvestment", 2000000.00,
                        "educationSurchargePayable", 150000.00,
                        "localEducationSurchargePayable", 100000.00)));
        form.put(
                "compliance",
                new LinkedHashMap<>(Map.of(
                        "majorIncidents", List.of(),
                        "onDishonestyBlacklist", false,
                        "taxViolation", false)));
        return form;
    }
}
