package cn.henan.cjrh.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each caller sees exactly the applications their jurisdiction covers; anything else is 404. */
class ApplicationVisibilityIT extends IntegrationTest {

    @Test
    void applicationInChuanhui_isVisibleAlongItsReviewChainOnly() {
        var draft = given.submittedEligibleApplication("411602"); // 川汇区, 周口
        var path = "/api/v1/applications/" + draft.id();

        assertThat(api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                        .get(path)
                        .status())
                .isEqualTo(200);
        assertThat(statusAs(Role.COUNTY_REVIEWER, "411602", path)).isEqualTo(200);
        assertThat(statusAs(Role.CITY_REVIEWER, "411600", path)).isEqualTo(200);
        assertThat(statusAs(Role.PROVINCE_REVIEWER, "410000", path)).isEqualTo(200);

        var other = given.registeredEnterprise("411602");
        assertThat(api.as(other.username(), Fixtures.PASSWORD).get(path).status())
                .isEqualTo(404);
        assertThat(statusAs(Role.COUNTY_REVIEWER, "411621", path)).isEqualTo(404);
        assertThat(statusAs(Role.CITY_REVIEWER, "410100", path)).isEqualTo(404);
        assertThat(statusAs(Role.POLICY_EDITOR, "410000", path)).isEqualTo(404);
    }

    @Test
    void applicationInLuyi_skipsTheCity() {
        var draft = given.submittedEligibleApplication("411628"); // 鹿邑县, 省直管
        var path = "/api/v1/applications/" + draft.id();

        assertThat(statusAs(Role.COUNTY_REVIEWER, "411628", path)).isEqualTo(200);
        assertThat(statusAs(Role.CITY_REVIEWER, "411600", path)).isEqualTo(404);
        assertThat(statusAs(Role.PROVINCE_REVIEWER, "410000", path)).isEqualTo(200);
    }

    @Test
    void applicationInJiyuan_isTheCitysOwn() {
        var draft = given.submittedEligibleApplication("419001");
        var path = "/api/v1/applications/" + draft.id();

        assertThat(statusAs(Role.CITY_REVIEWER, "419001", path)).isEqualTo(200);
        assertThat(statusAs(Role.CITY_REVIEWER, "411600", path)).isEqualTo(404);
    }

    @Test
    void lists_containOnlyWhatTheCallerCovers() {
        var chuanhui = given.submittedEligibleApplication("411602");
        var fugou = given.submittedEligibleApplication("411621");
        var luyi = given.submittedEligibleApplication("411628");
        var erqi = given.submittedEligibleApplication("410103");

        var chuanhuiReviewer = numbersListedFor(Role.COUNTY_REVIEWER, "411602");
        var zhoukouReviewer = numbersListedFor(Role.CITY_REVIEWER, "411600");
        var province = numbersListedFor(Role.PROVINCE_REVIEWER, "410000");

        assertThat(chuanhuiReviewer)
                .contains(chuanhui.application().number())
                .doesNotContain(
                        fugou.application().number(),
                        luyi.application().number(),
                        erqi.application().number());
        assertThat(zhoukouReviewer)
                .contains(chuanhui.application().number(), fugou.application().number())
                .doesNotContain(luyi.application().number(), erqi.application().number());
        assertThat(province)
                .contains(
                        chuanhui.application().number(),
                        fugou.application().number(),
                        luyi.application().number(),
                        erqi.application().number());
        var own = api.as(chuanhui.enterprise().username(), Fixtures.PASSWORD)
                .get("/api/v1/applications")
                .json();
        assertThat(own.path("total").asLong()).isEqualTo(1);
        assertThat(own.path("items").get(0).path("number").asText())
                .isEqualTo(chuanhui.application().number());
    }

    @Test
    void draftsStayWithTheEnterprise_untilSubmitted() {
        var draft = given.draftApplication("411602", null);
        var path = "/api/v1/applications/" + draft.id();

        assertThat(api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                        .get(path)
                        .status())
                .isEqualTo(200);
        assertThat(statusAs(Role.COUNTY_REVIEWER, "411602", path)).isEqualTo(404);
        assertThat(statusAs(Role.PROVINCE_REVIEWER, "410000", path)).isEqualTo(404);
        assertThat(numbersListedFor(Role.COUNTY_REVIEWER, "411602"))
                .doesNotContain(draft.application().number());
    }

    @Test
    void list_isPagedAndFiltersByStatus() {
        given.submittedEligibleApplication("411623");
        var reviewer = given.staff(Role.COUNTY_REVIEWER, "411623");

        var page = api.as(reviewer.username(), Fixtures.PASSWORD)
                .get("/api/v1/applications?status=COUNTY_REVIEW&page=0&size=1")
                .json();
        var none = api.as(reviewer.username(), Fixtures.PASSWORD)
                .get("/api/v1/applications?status=CERTIFIED")
                .json();

        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asLong()).isPositive();
        assertThat(page.path("items").get(0).path("status").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(none.path("items"))
                .allSatisfy(item -> assertThat(item.path("status").asText()).isEqualTo("CERTIFIED"));
    }

    private int statusAs(Role role, String jurisdiction, String path) {
        var user = given.staff(role, jurisdiction);
        return api.as(user.username(), Fixtures.PASSWORD).get(path).status();
    }

    private List<String> numbersListedFor(Role role, String jurisdiction) {
        var user = given.staff(role, jurisdiction);
        var numbers = new ArrayList<String>();
        JsonNode page = api.as(user.username(), Fixtures.PASSWORD)
                .get("/api/v1/applications?size=200")
                .json();
        page.path("items").forEach(item -> numbers.add(item.path("number").asText()));
        return numbers;
    }
}
