package cn.henan.cjrh.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Who may read an enterprise: its own users and reviewers whose jurisdiction covers its county; others get 404. */
class EnterpriseVisibilityIT extends IntegrationTest {

    @Test
    void enterpriseInChuanhui_isVisibleOnlyWithinItsJurisdictionChain() {
        var enterprise = given.registeredEnterprise("411602"); // 川汇区, 周口
        var other = given.registeredEnterprise("411602");
        var path = "/api/v1/enterprises/" + enterprise.id();

        assertThat(api.as(enterprise.username(), Fixtures.PASSWORD).get(path).status())
                .isEqualTo(200);
        assertThat(statusFor(Role.COUNTY_REVIEWER, "411602", path)).isEqualTo(200);
        assertThat(statusFor(Role.CITY_REVIEWER, "411600", path)).isEqualTo(200);
        assertThat(statusFor(Role.PROVINCE_REVIEWER, "410000", path)).isEqualTo(200);
        assertThat(statusFor(Role.ADMIN, "410000", path)).isEqualTo(200);

        assertThat(api.as(other.username(), Fixtures.PASSWORD).get(path).status())
                .isEqualTo(404);
        assertThat(statusFor(Role.COUNTY_REVIEWER, "411621", path)).isEqualTo(404); // 扶沟县
        assertThat(statusFor(Role.CITY_REVIEWER, "410100", path)).isEqualTo(404); // 郑州
        assertThat(statusFor(Role.POLICY_EDITOR, "410000", path)).isEqualTo(404);
    }

    @Test
    void enterpriseInProvinceAdministeredCounty_isNotVisibleToItsGeographicCity() {
        var enterprise = given.registeredEnterprise("411628"); // 鹿邑县, 省直管
        var path = "/api/v1/enterprises/" + enterprise.id();

        assertThat(statusFor(Role.COUNTY_REVIEWER, "411628", path)).isEqualTo(200);
        assertThat(statusFor(Role.CITY_REVIEWER, "411600", path)).isEqualTo(404);
        assertThat(statusFor(Role.PROVINCE_REVIEWER, "410000", path)).isEqualTo(200);
    }

    @Test
    void unknownEnterprise_isNotFoundProblem() {
        var admin = given.staff(Role.ADMIN, "410000");

        var response = api.as(admin.username(), Fixtures.PASSWORD).get("/api/v1/enterprises/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("type").asText()).isEqualTo("/problems/not-found");
        assertThat(response.json().path("detail").asText()).contains("不存在或不在您的权限范围内");
    }

    private int statusFor(Role role, String jurisdiction, String path) {
        var user = given.staff(role, jurisdiction);
        return api.as(user.username(), Fixtures.PASSWORD).get(path).status();
    }
}
