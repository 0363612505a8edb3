package cn.henan.cjrh.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationIT extends IntegrationTest {
    @Autowired
    EnterpriseService enterprises;

    @Test
    void register_validRequest_createsEnterpriseAndUserWhoCanSignIn() {
        var body = Fixtures.registrationBody("411602");

        var response = api.post("/api/v1/registrations", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long id = response.json().path("enterpriseId").asLong();
        assertThat(response.json().path("username").asText()).isEqualTo(body.get("username"));
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/enterprises/" + id);
        var own = api.as((String) body.get("username"), Fixtures.PASSWORD).get("/api/v1/enterprises/" + id);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("uscc").asText()).isEqualTo(body.get("uscc"));
        assertThat(own.json().path("countyCode").asText()).isEqualTo("411602");
        assertThat(own.json().path("cityCode").asText()).isEqualTo("411600");
    }

    @Test
    void register_inJiyuan_usesJiyuanAsCountyAndCity() {
        var body = Fixtures.registrationBody("419001");

        var response = api.post("/api/v1/registrations", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var enterprise =
                enterprises.find(response.json().path("enterpriseId").asLong()).orElseThrow();
        assertThat(enterprise.countyCode()).isEqualTo("419001");
        assertThat(enterprise.cityCode()).isEqualTo("419001");
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "91411602MA9G7H8J9X | 校验位不正确（按 GB 32100-2015 应为“U”）",
                "91411602MA9G7H8J9 | 应为 18 位（当前 17 位）",
                "91411602MA9G7H8JIU | 第 17 位“I”不是允许的字符",
                "9141160AMA9G7H8J9U | 第 3–8 位应为行政区划代码",
                "91411602ma9g7h8j9u | 第 9 位“m”不是允许的字符"
            })
    void register_invalidUscc_isRefusedNamingTheBrokenRule(String uscc, String expectedMessagePart) {
        var body = Fixtures.registrationBody("411602");
        body.put("uscc", uscc.strip());

        var response = api.post("/api/v1/registrations", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asText()).isEqualTo("/problems/validation");
        assertThat(response.fieldError("uscc")).contains(expectedMessagePart.strip());
    }

    @ParameterizedTest(name = "county {0} is refused")
    @CsvSource({
        "110101", // 北京东城: not Henan
        "411600", // 周口: a city, not a county
        "410000", // the province
        "411671", // 周口临港开发区: a development zone, not a GB/T 2260 county
        "999999"
    })
    void register_countyNotOfHenan_isRefusedOnCountyCode(String countyCode) {
        var body = Fixtures.registrationBody("411602");
        body.put("countyCode", countyCode);

        var response = api.post("/api/v1/registrations", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("countyCode")).contains(countyCode).contains("不是河南省的县（市、区）代码");
        assertThat(enterprises.findByUscc((String) body.get("uscc"))).isEmpty();
    }

    @ParameterizedTest(name = "password {0}: {1}")
    @CsvSource({
        "Ab1!, 密码长度应为 8–64 位",
        "alllowercase1, 至少三类",
        "ALLUPPER123, 至少三类",
    })
    void register_weakPassword_isRefusedNamingTheRule(String password, String rule) {
        var body = Fixtures.registrationBody("411602");
        body.put("password", password);

        var response = api.post("/api/v1/registrations", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("password")).contains(rule);
        assertThat(enterprises.findByUscc((String) body.get("uscc"))).isEmpty();
    }

    @Test
    void register_passwordContainingUsername_isRefused() {
        var body = Fixtures.registrationBody("411602");
        body.put("password", "X" + body.get("username") + "#9");

        var response = api.post("/api/v1/registrations", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("password")).contains("密码不能包含用户名");
    }

    @Test
    void register_usccAlreadyRegistered_isConflict() {
        var existing = given.registeredEnterprise("411621");
        var body = Fixtures.registrationBody("411621");
        body.put("uscc", existing.uscc());

        var response = api.post("/api/v1/registrations", body);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("detail").asText())
                .contains(existing.uscc())
                .contains("已注册");
    }

    @Test
    void register_usernameTaken_isConflictAndCreatesNoEnterprise() {
        var existing = given.registeredEnterprise("411621");
        var body = Fixtures.registrationBody("411621");
        body.put("username", existing.username().toUpperCase(java.util.Locale.ROOT));

        var response = api.post("/api/v1/registrations", body);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("detail").asText()).contains("已被使用");
        assertThat(enterprises.findByUscc((String) body.get("uscc")))
                .as("the enterprise and its user are created together or not at all")
                .isEmpty();
    }

    @Test
    void register_missingFields_namesEachOne() {
        var response = api.post("/api/v1/registrations", Map.of("countyCode", "411602"));

        assertThat(response.status()).isEqualTo(400);
        for (var field : new String[] {
            "uscc", "name", "legalRepresentative", "contactName", "contactPhone", "username", "password"
        }) {
            assertThat(response.fieldError(field)).as(field).isNotBlank();
        }
        assertThat(response.fieldError("uscc")).isEqualTo("请填写统一社会信用代码。");
    }

    @Test
    void register_malformedJson_isProblem() {
        var response = api.post("/api/v1/registrations", "{\"uscc\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("title").asText()).isEqualTo("请求内容有误");
    }

    @Test
    void register_inEnglish_answersInEnglish() {
        var body = Fixtures.registrationBody("411602");
        body.put("uscc", "91411602MA9G7H8J9X");

        var response = api.with("Accept-Language", "en").post("/api/v1/registrations", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("title").asText()).isEqualTo("Invalid request");
        assertThat(response.fieldError("uscc")).contains("check character").contains("\"U\"");
    }

    @Test
    void register_isAudited() {
        var body = Fixtures.registrationBody("411602");
        var response = api.post("/api/v1/registrations", body);
        var admin = given.staff(cn.henan.cjrh.identity.Role.ADMIN, "410000");

        var trail = api.as(admin.username(), Fixtures.PASSWORD)
                .get("/api/v1/audit?subjectType=ENTERPRISE&subjectId="
                        + response.json().path("enterpriseId").asText());

        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.json()).hasSize(1);
        assertThat(trail.json().get(0).path("action").asText()).isEqualTo("ENTERPRISE_REGISTERED");
        assertThat(trail.json().get(0).path("actor").asText()).isEqualTo(body.get("username"));
        assertThat(trail.json().get(0).path("details").path("uscc").asText()).isEqualTo(body.get("uscc"));
    }
}
