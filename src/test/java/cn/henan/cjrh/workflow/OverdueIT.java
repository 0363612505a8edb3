package cn.henan.cjrh.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Overdue reviews are marked in the reviewer's queue and listed for the supervising level. */
class OverdueIT extends IntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void overdueCountyReview_isMarked_andListedForItsCityAndTheProvince_notForOthers() {
        var fugou = given.submittedEligibleApplication("411621"); // 扶沟县, 周口
        var luyi = given.submittedEligibleApplication("411628"); // 鹿邑县, 省直管
        pushDueDateIntoThePast(fugou.id());
        pushDueDateIntoThePast(luyi.id());

        var county = api.as(given.staff(Role.COUNTY_REVIEWER, "411621").username(), Fixtures.PASSWORD);
        var zhoukou = api.as(given.staff(Role.CITY_REVIEWER, "411600").username(), Fixtures.PASSWORD);
        var zhengzhou = api.as(given.staff(Role.CITY_REVIEWER, "410100").username(), Fixtures.PASSWORD);
        var province = api.as(given.staff(Role.PROVINCE_REVIEWER, "410000").username(), Fixtures.PASSWORD);

        var own = county.get("/api/v1/tasks?overdue=true&size=200").json().path("items");
        assertThat(own.findValuesAsText("applicationNumber"))
                .contains(fugou.application().number());
        assertThat(own.get(0).path("overdue").asBoolean()).isTrue();
        var cityList = zhoukou.get("/api/v1/tasks/overdue?size=200")
                .json()
                .path("items")
                .findValuesAsText("applicationNumber");
        assertThat(cityList)
                .contains(fugou.application().number())
                .doesNotContain(luyi.application().number());
        assertThat(zhengzhou
                        .get("/api/v1/tasks/overdue?size=200")
                        .json()
                        .path("items")
                        .findValuesAsText("applicationNumber"))
                .doesNotContain(fugou.application().number());
        assertThat(province.get("/api/v1/tasks/overdue?size=200")
                        .json()
                        .path("items")
                        .findValuesAsText("applicationNumber"))
                .contains(fugou.application().number(), luyi.application().number());
    }

    private void pushDueDateIntoThePast(long applicationId) {
        jdbc.sql("update workflow_task set due_at = :past where application_id = :id")
                .param("past", Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")))
                .param("id", applicationId)
                .update();
    }
}
