package cn.henan.cjrh.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Requests that never reach a controller still get an RFC 7807 problem body. */
class ApiErrorsIT extends IntegrationTest {

    @Test
    void unknownPath_isNotFoundProblem() {
        var user = given.staff(Role.ADMIN, "410000");

        var response = api.as(user.username(), Fixtures.PASSWORD).get("/api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("title").asText()).isEqualTo("未找到");
    }

    @Test
    void wrongMethod_isProblem() {
        var response = api.delete("/api/v1/jurisdictions");

        assertThat(response.status()).isIn(401, 405);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongMethodWhenSignedIn_isMethodNotAllowedProblem() {
        var user = given.staff(Role.ADMIN, "410000");

        var response = api.as(user.username(), Fixtures.PASSWORD).delete("/api/v1/me");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void problems_neverShowStackTraces() {
        var response = api.post("/api/v1/registrations", "[1,2");

        assertThat(response.text()).doesNotContain("Exception").doesNotContain("at cn.henan");
    }
}
