package cn.henan.cjrh.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.Decision;
import cn.henan.cjrh.review.Outcome;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.support.IntegrationTest;
import cn.henan.cjrh.support.ReviewSteps;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Median review times from the engine's history and overdue counts from the queue read model, per jurisdiction. */
class ReviewStatisticsIT extends IntegrationTest {
    private static final String XUCHANG = "411000"; // 许昌市: only this test decides reviews there
    private static final String WEIDU = "411002"; // 魏都区
    private static final String JIAOZUO = "410800";

    @Autowired
    ReviewStatistics statistics;

    @Autowired
    ReviewService reviewService;

    @Autowired
    ReviewTasks reviewTasks;

    @Autowired
    JdbcClient jdbc;

    private ReviewSteps reviews;

    @BeforeEach
    void reviewSteps() {
        reviews = new ReviewSteps(reviewService, reviewTasks);
    }

    @Test
    void medianReviewTime_isTheMiddleDecisionTimeOfTheCitysCountyReviews() {
        var county = given.staff(Role.COUNTY_REVIEWER, WEIDU);
        var city = given.staff(Role.CITY_REVIEWER, XUCHANG);
        var zhengzhou = given.staff(Role.CITY_REVIEWER, "410100");
        var zhengzhouBefore = decided(statistics.medianReviewTimes(zhengzhou, null), "COUNTY_REVIEW");
        var before = statistics.medianReviewTimes(city, null);
        var durations = List.of(Duration.ofHours(1), Duration.ofHours(50), Duration.ofHours(2));

        for (var duration : durations) {
            var draft = given.submittedEligibleApplication(WEIDU);
            var taskId = reviews.openTaskOf(draft.id());
            reviews.decide(county, draft.id(), new Decision(Outcome.RETURN, "请补充合作协议。", List.of()));
            backdateStart(taskId, duration);
        }
        given.submittedEligibleApplication(WEIDU); // still open: not decided, not counted

        var after = statistics.medianReviewTimes(city, null);
        assertThat(after)
                .extracting(ReviewStatistics.ReviewTime::level)
                .containsExactly("COUNTY_REVIEW", "MUNICIPAL_REVIEW", "PROVINCIAL_REVIEW");
        assertThat(decided(after, "COUNTY_REVIEW")).isEqualTo(decided(before, "COUNTY_REVIEW") + 3);
        if (decided(before, "COUNTY_REVIEW") == 0) { // a fresh database: the median is exactly the middle one
            assertThat(after.get(0).median()).isEqualTo(Duration.ofHours(2));
        }
        assertThat(after.get(0).median()).isPositive();
        assertThat(decided(statistics.medianReviewTimes(zhengzhou, null), "COUNTY_REVIEW"))
                .isEqualTo(zhengzhouBefore);
    }

    @Test
    void reviewTimes_ofTheProvince_coverEveryCity_andAPickedOne() {
        var province = given.staff(Role.PROVINCE_REVIEWER, "410000");
        var allBefore = decided(statistics.medianReviewTimes(province, null), "COUNTY_REVIEW");
        var cityBefore = decided(statistics.medianReviewTimes(province, JIAOZUO), "COUNTY_REVIEW");
        var draft = given.submittedEligibleApplication("410821"); // 修武县, 焦作

        reviews.approve(given.staff(Role.COUNTY_REVIEWER, "410821"), draft.id());

        assertThat(decided(statistics.medianReviewTimes(province, null), "COUNTY_REVIEW"))
                .isEqualTo(allBefore + 1);
        assertThat(decided(statistics.medianReviewTimes(province, JIAOZUO), "COUNTY_REVIEW"))
                .isEqualTo(cityBefore + 1);
    }

    @Test
    void overdueOpenTasks_countTheCitysReviews_notItsProvinceAdministeredCounties() {
        var zhoukou = given.staff(Role.CITY_REVIEWER, "411600");
        var province = given.staff(Role.PROVINCE_REVIEWER, "410000");
        var cityBefore = overdue(statistics.overdueOpenTasks(zhoukou, null), "COUNTY_REVIEW");
        var drilledBefore = overdue(statistics.overdueOpenTasks(province, "411600"), "COUNTY_REVIEW");
        var xuchangBefore = overdue(statistics.overdueOpenTasks(province, XUCHANG), "COUNTY_REVIEW");
        var fugou = given.submittedEligibleApplication("411621"); // 扶沟县, 周口
        var luyi = given.submittedEligibleApplication("411628"); // 鹿邑县, 省直管
        given.submittedEligibleApplication("411621"); // open, not yet due: not counted

        pushDueDateIntoThePast(fugou.id());
        pushDueDateIntoThePast(luyi.id());

        assertThat(overdue(statistics.overdueOpenTasks(zhoukou, null), "COUNTY_REVIEW"))
                .isEqualTo(cityBefore + 1);
        assertThat(overdue(statistics.overdueOpenTasks(province, "411600"), "COUNTY_REVIEW"))
                .isEqualTo(drilledBefore + 2);
        assertThat(overdue(statistics.overdueOpenTasks(province, XUCHANG), "COUNTY_REVIEW"))
                .isEqualTo(xuchangBefore);
    }

    @Test
    void countyReviewersAndEnterprises_haveNoStatistics() {
        var county = given.staff(Role.COUNTY_REVIEWER, WEIDU);
        var enterprise = given.draftApplication(WEIDU, null).user();

        assertThatThrownBy(() -> statistics.medianReviewTimes(county, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.overdueOpenTasks(enterprise, null)).isInstanceOf(ForbiddenException.class);
    }

    /** The engine stamps a task's creation itself; the test moves it back to give the decision a known duration. */
    private void backdateStart(String taskId, Duration duration) {
        jdbc.sql("update act_hi_taskinst set start_time_ = end_time_ - make_interval(secs => :seconds) where id_ = :id")
                .param("seconds", (double) duration.toSeconds())
                .param("id", taskId)
                .update();
    }

    private void pushDueDateIntoThePast(long applicationId) {
        jdbc.sql("update workflow_task set due_at = :past where application_id = :id")
                .param("past", Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")))
                .param("id", applicationId)
                .update();
    }

    private static long decided(List<ReviewStatistics.ReviewTime> times, String level) {
        return times.stream()
                .filter(time -> time.level().equals(level))
                .findFirst()
                .orElseThrow()
                .decided();
    }

    private static long overdue(List<ReviewStatistics.OverdueCount> counts, String level) {
        return counts.stream()
                .filter(count -> count.level().equals(level))
                .findFirst()
                .orElseThrow()
                .overdue();
    }
}
