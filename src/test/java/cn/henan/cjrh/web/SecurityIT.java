package cn.henan.cjrh.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityIT extends IntegrationTest {
    @Autowired
    AuditLog audit;

    @Test
    void api_withoutCredentials_isUnauthorizedProblem() {
        var response = api.get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertThat(response.json().path("title").asText()).isEqualTo("需要登录");
    }

    @Test
    void api_wrongPassword_isUnauthorizedAndAudited() {
        var user = given.staff(Role.COUNTY_REVIEWER, "411602");

        var response = api.as(user.username(), "Wrong@2026x").get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(audit.trailOf("USER", user.username()))
                .anySatisfy(record -> assertThat(record.action()).isEqualTo("SIGN_IN_FAILED"));
    }

    @Test
    void api_wrongRole_isForbiddenProblem() {
        var reviewer = given.staff(Role.PROVINCE_REVIEWER, "410000");

        var response = api.as(reviewer.username(), Fixtures.PASSWORD).get("/api/v1/audit?subjectType=USER&subjectId=x");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asText()).isEqualTo("/problems/forbidden");
    }

    @Test
    void api_me_tellsRoleJurisdictionAndCandidateGroup() {
        var reviewer = given.staff(Role.CITY_REVIEWER, "411600");

        var me =
                api.as(reviewer.username(), Fixtures.PASSWORD).get("/api/v1/me").json();

        assertThat(me.path("role").asText()).isEqualTo("CITY_REVIEWER");
        assertThat(me.path("jurisdictionCode").asText()).isEqualTo("411600");
        assertThat(me.path("candidateGroups").get(0).asText()).isEqualTo("city:411600");
    }

    @Test
    void api_isStateless_noSessionCookie() {
        var reviewer = given.staff(Role.COUNTY_REVIEWER, "411602");

        var response = api.as(reviewer.username(), Fixtures.PASSWORD).get("/api/v1/me");

        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void pages_formLogin_signsInAndShowsTheHomePageInChinese() throws Exception {
        var enterprise = given.registeredEnterprise("411602");
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        var home = browser.send(
                HttpRequest.newBuilder(URI.create(api.baseUrl() + "/home")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath())
                .as("unauthenticated pages redirect to the login")
                .isEqualTo("/login");
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(home.body());
        assertThat(csrf.find()).isTrue();

        var signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + enterprise.username() + "&password="
                                + java.net.URLEncoder.encode(Fixtures.PASSWORD, "UTF-8") + "&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.uri().getPath()).isEqualTo("/home");
        assertThat(signedIn.body()).contains("您好，李四").contains("企业申报人").contains("川汇区");
    }

    @Test
    void actuatorHealth_isUpWithTheDatabase() {
        var health = api.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void openApi_describesTheApi() {
        var docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/registrations")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/jurisdictions")).isTrue();
    }
}
