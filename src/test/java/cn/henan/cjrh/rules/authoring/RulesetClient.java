package cn.henan.cjrh.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.support.ApiClient;
import cn.henan.cjrh.support.ApiClient.Response;
import cn.henan.cjrh.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;

/** {@code /api/v1/rulesets} as one policy staff member calls it. */
final class RulesetClient {
    static final String E01 = "eligibility/E01-registered-three-years.drl";
    static final String E01_TESTS = "tests/E01-registered-three-years.yaml";

    private final ApiClient api;
    final PlatformUser user;

    RulesetClient(ApiClient api, PlatformUser user) {
        this.api = api.as(user.username(), Fixtures.PASSWORD);
        this.user = user;
    }

    ApiClient api() {
        return api;
    }

    Response createDraft(int baseVersion, String changeNote) {
        var body = new java.util.HashMap<String, Object>();
        body.put("baseVersion", baseVersion);
        body.put("changeNote", changeNote);
        return api.post("/api/v1/rulesets", body);
    }

    /** A new draft's number. */
    int draftOf(int baseVersion, String changeNote) {
        var response = createDraft(baseVersion, changeNote);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("version").asInt();
    }

    Response version(int version) {
        return api.get("/api/v1/rulesets/" + version);
    }

    Response file(int version, String path) {
        return api.get("/api/v1/rulesets/" + version + "/files/" + path);
    }

    Response putFile(int version, String path, String content) {
        return putFile(version, path, content, null);
    }

    Response putFile(int version, String path, String content, String ifMatch) {
        var request = api.request("/api/v1/rulesets/" + version + "/files/" + path)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    Response deleteFile(int version, String path) {
        return api.delete("/api/v1/rulesets/" + version + "/files/" + path);
    }

    ArrayNode parameters(int version) {
        var response = api.get("/api/v1/rulesets/" + version + "/parameters");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (ArrayNode) response.json();
    }

    Response putParameters(int version, JsonNode parameters) {
        return api.put("/api/v1/rulesets/" + version + "/parameters", parameters);
    }

    Response putParameters(int version, JsonNode parameters, String ifMatch) {
        return api.with("If-Match", ifMatch).put("/api/v1/rulesets/" + version + "/parameters", parameters);
    }

    /** Sets one parameter entry's value and saves the list. */
    Response setParameter(int version, String key, String jurisdictionCode, Object value) {
        var parameters = parameters(version);
        var found = false;
        for (var entry : parameters) {
            if (entry.path("key").asText().equals(key)
                    && entry.path("jurisdictionCode").asText().equals(jurisdictionCode)) {
                ((ObjectNode) entry).putPOJO("value", value);
                found = true;
            }
        }
        assertThat(found).as(key + "@" + jurisdictionCode).isTrue();
        return putParameters(version, parameters);
    }

    ArrayNode tests(int version) {
        var response = api.get("/api/v1/rulesets/" + version + "/tests");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (ArrayNode) response.json();
    }

    Response putTests(int version, JsonNode tests) {
        return api.put("/api/v1/rulesets/" + version + "/tests", tests);
    }

    Response validate(int version) {
        return api.post("/api/v1/rulesets/" + version + "/validate", "");
    }

    Response runTests(int version) {
        return api.post("/api/v1/rulesets/" + version + "/tests/run", "");
    }

    Response submit(int version) {
        return api.post("/api/v1/rulesets/" + version + "/submit", "");
    }

    Response approve(int version, LocalDate effectiveFrom) {
        return api.post("/api/v1/rulesets/" + version + "/approve", Map.of("effectiveFrom", effectiveFrom.toString()));
    }

    Response reject(int version, String reason) {
        return api.post(
                "/api/v1/rulesets/" + version + "/reject", reason == null ? Map.of() : Map.of("reason", reason));
    }

    Response diff(int from, int to) {
        return api.get("/api/v1/rulesets/" + from + "/diff/" + to);
    }

    /** A self-check (over HTTP) of a firm registered in Henan since 2020, in 川汇区, dated {@code asOf}. */
    JsonNode assess(LocalDate asOf) {
        return assess(LocalDate.of(2020, 1, 1), asOf);
    }

    /**
     * A self-check of a firm registered in Henan since {@code registeredSince} (not after today: the form refuses a
     * future date), in 川汇区, dated {@code asOf}.
     */
    JsonNode assess(LocalDate registeredSince, LocalDate asOf) {
        var response = api.post(
                "/api/v1/assessments",
                Map.of(
                        "form", Map.of("basic", Map.of("registeredInHenanSince", registeredSince.toString())),
                        "jurisdictionCode", "411602",
                        "asOf", asOf.toString()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /**
     * Makes a draft require four full years (basic.minYearsRegistered 3 → 4 province-wide) and replaces the test cases
     * the change breaks (the E01 boundaries) with cases for the new rule, so the draft can be approved.
     */
    void requireFourYears(int version) {
        var saved = setParameter(version, "basic.minYearsRegistered", "410000", 4);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var report = runTests(version).json();
        var failing = new HashSet<String>();
        for (var result : report.path("results")) {
            if (!result.path("passed").asBoolean()) {
                failing.add(result.path("name").asText());
            }
        }
        var tests = tests(version);
        var fixed = JsonNodeFactory.instance.arrayNode();
        for (var test : tests) {
            if (!failing.contains(test.path("name").asText())) {
                fixed.add(test);
            }
        }
        fixed.add(e01Case("注册恰满 4 年", "2022-06-01", "MET", "4 年 0 个月"));
        fixed.add(e01Case("差一天满 4 年", "2022-06-02", "NOT_MET", "不足 4 年"));
        var put = putTests(version, fixed);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    static ObjectNode e01Case(String name, String registeredSince, String status, String message) {
        var test = JsonNodeFactory.instance.objectNode();
        test.put("name", name);
        test.put("file", E01_TESTS);
        test.put("asOf", "2026-06-01");
        test.put("jurisdictionCode", "411602");
        test.putObject("form").putObject("basic").put("registeredInHenanSince", registeredSince);
        var expect = test.putObject("expect");
        expect.putObject("clauses").put("E01", status);
        expect.putObject("messages").put("E01", message);
        return test;
    }
}
