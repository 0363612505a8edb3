package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.ApplicationStatistics;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.directory.DirectoryStatistics;
import cn.henan.cjrh.directory.DirectoryTarget;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.support.Certification;
import cn.henan.cjrh.support.ReviewSteps;
import cn.henan.cjrh.workflow.ReviewStatistics;
import cn.henan.cjrh.workflow.ReviewTasks;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 统计看板: counts, review times, overdue tasks and targets for the city and the province; 403 for everyone else. */
class DashboardWebIT extends WebTest {
    private static final String HEBI = "410600"; // 鹤壁市
    private static final String QIXIAN = "410622"; // 淇县

    @Autowired
    ApplicationStatistics applicationStatistics;

    @Autowired
    ReviewStatistics reviewStatistics;

    @Autowired
    DirectoryStatistics directoryStatistics;

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
    void cityReviewer_seesItsCountiesCounts_reviewTimes_andOverdueTasks() {
        var city = given.staff(Role.CITY_REVIEWER, HEBI);
        var counts = applicationStatistics.byJurisdiction(city, HEBI);
        long atCounty = row(counts, QIXIAN).count(ApplicationStatus.COUNTY_REVIEW);
        long atCity = row(counts, QIXIAN).count(ApplicationStatus.MUNICIPAL_REVIEW);
        long decided = reviewStatistics.medianReviewTimes(city, null).get(0).decided();
        long overdue = reviewStatistics.overdueOpenTasks(city, null).get(0).overdue();

        var waiting = given.submittedEligibleApplication(QIXIAN);
        given.submittedEligibleApplication(QIXIAN);
        var approved = given.submittedEligibleApplication(QIXIAN);
        reviews.approve(given.staff(Role.COUNTY_REVIEWER, QIXIAN), approved.id());
        pushDueDateIntoThePast(waiting.id());
        signIn(city.username());
        open("/dashboard");

        assertThat(find(By.id("dashboard-heading")).getText()).isEqualTo("统计看板 · 鹤壁市");
        assertThat(cell(QIXIAN, "COUNTY_REVIEW")).isEqualTo(String.valueOf(atCounty + 2));
        assertThat(cell(QIXIAN, "MUNICIPAL_REVIEW")).isEqualTo(String.valueOf(atCity + 1));
        assertThat(find(By.cssSelector("#status-table tr[data-jurisdiction='" + QIXIAN + "'] th"))
                        .getText())
                .isEqualTo("淇县");
        var countyTime = find(By.cssSelector("#review-time-table tr[data-level='COUNTY_REVIEW']"));
        assertThat(countyTime.findElement(By.cssSelector("[data-decided]")).getText())
                .isEqualTo(String.valueOf(decided + 1));
        assertThat(countyTime.findElement(By.cssSelector("[data-median]")).getText())
                .isNotEqualTo("尚无决定")
                .matches("不足 1 分钟|[0-9.]+ (分钟|小时|天)");
        var overdueCounty = find(By.cssSelector("#overdue-list li[data-level='COUNTY_REVIEW']"));
        assertThat(overdueCounty.getText()).contains("县级初审", (overdue + 1) + " 项");
        assertThat(overdueCounty.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/workbench#supervised");
        assertThat(find(By.cssSelector("#overdue-list li[data-level='MUNICIPAL_REVIEW'] a"))
                        .getAttribute("href"))
                .endsWith("/workbench?step=MUNICIPAL_REVIEW&overdue=true");
        waitUntil(driver -> ((JavascriptExecutor) driver)
                .executeScript("return !document.getElementById('status-chart').parentNode.hidden"
                        + " && window.Chart && Chart.getChart('status-chart') !== undefined"));
        assertThat(find(By.id("targets-none")).getText()).contains("鹤壁市");
        assertThat(browser.findElements(By.id("dashboard-province"))).isEmpty(); // no drill-up for a city
    }

    @Test
    void cityReviewer_seesItsTargetsProgress_withTheNewlyCertifiedEnterprise() {
        var before = directoryStatistics.progress(DirectoryTarget.SANMENXIA);
        new Certification(given, reviews).certifiedApplication("411281", "411200"); // 义马市, 三门峡
        signIn(given.staff(Role.CITY_REVIEWER, "411200").username());

        open("/dashboard");

        var target = find(By.cssSelector("[data-target='SANMENXIA']"));
        var bar = target.findElement(By.cssSelector(".progress"));
        var current = before.current() + 1;
        assertThat(bar.getAttribute("aria-valuenow")).isEqualTo(String.valueOf(current));
        assertThat(bar.getAttribute("aria-valuemax")).isEqualTo("20");
        assertThat(target.getText())
                .contains("三门峡市 产教融合型企业")
                .contains("已认定 " + current + " 家 / 目标约 20 家")
                .contains("三政办〔2020〕9号");
        assertThat(browser.findElements(By.cssSelector("[data-target='ZHOUKOU']")))
                .isEmpty(); // another city's
    }

    @Test
    void province_drillsDownFromTheCitiesToACitysCounties() {
        given.submittedEligibleApplication(QIXIAN);
        signIn(given.staff(Role.PROVINCE_REVIEWER, "410000").username());
        open("/dashboard");
        assertThat(find(By.id("dashboard-heading")).getText()).isEqualTo("统计看板 · 河南省");
        assertThat(browser.findElements(By.cssSelector("[data-target]"))).hasSize(3);

        find(By.cssSelector("#status-table tr[data-jurisdiction='" + HEBI + "'] th a"))
                .click();

        waitUntil(ExpectedConditions.urlContains("city=" + HEBI));
        assertThat(find(By.id("dashboard-heading")).getText()).isEqualTo("统计看板 · 鹤壁市");
        assertThat(Long.parseLong(cell(QIXIAN, "COUNTY_REVIEW"))).isPositive();
        find(By.id("dashboard-province")).click();
        waitForText(By.id("dashboard-heading"), "河南省");
    }

    @Test
    void countyReviewerAndEnterprise_areRefused() {
        signIn(given.staff(Role.COUNTY_REVIEWER, QIXIAN).username());
        open("/dashboard");
        assertThat(waitForText(By.tagName("main"), "无权")).doesNotContain("统计看板 ·");
        assertThat(statusOf("/dashboard")).isEqualTo(403L);

        browser.manage().deleteAllCookies();
        signIn(given.draftApplication(QIXIAN, null).enterprise().username());
        assertThat(statusOf("/dashboard")).isEqualTo(403L);
    }

    private Object statusOf(String path) {
        return ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));",
                        path);
    }

    private String cell(String county, String status) {
        return find(By.cssSelector(
                        "#status-table tr[data-jurisdiction='" + county + "'] td[data-status='" + status + "']"))
                .getText();
    }

    private static ApplicationStatistics.Row row(ApplicationStatistics.StatusCounts counts, String code) {
        return counts.rows().stream()
                .filter(row -> row.jurisdictionCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private void pushDueDateIntoThePast(long applicationId) {
        jdbc.sql("update workflow_task set due_at = :past where application_id = :id")
                .param("past", Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")))
                .param("id", applicationId)
                .update();
    }
}
