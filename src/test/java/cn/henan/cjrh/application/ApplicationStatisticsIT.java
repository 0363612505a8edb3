package cn.henan.cjrh.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.support.IntegrationTest;
import cn.henan.cjrh.support.ReviewSteps;
import cn.henan.cjrh.workflow.ReviewTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's application counts, on the real database: deltas of the test's own applications. */
class ApplicationStatisticsIT extends IntegrationTest {
    private static final String HEBI = "410600"; // 鹤壁市: no other test files applications there
    private static final String XUNXIAN = "410621"; // 浚县

    @Autowired
    ApplicationStatistics statistics;

    @Autowired
    ReviewService reviewService;

    @Autowired
    ReviewTasks reviewTasks;

    private ReviewSteps reviews;

    @BeforeEach
    void reviewSteps() {
        reviews = new ReviewSteps(reviewService, reviewTasks);
    }

    @Test
    void cityReviewer_countsItsCountiesPerStatus_withoutDrafts() {
        var city = given.staff(Role.CITY_REVIEWER, HEBI);
        var before = statistics.byJurisdiction(city, HEBI);

        given.submittedEligibleApplication(XUNXIAN);
        var approved = given.submittedEligibleApplication(XUNXIAN);
        reviews.approve(given.staff(Role.COUNTY_REVIEWER, XUNXIAN), approved.id());
        given.draftApplication(XUNXIAN, null);
        var after = statistics.byJurisdiction(city, HEBI);

        assertThat(count(after, XUNXIAN, ApplicationStatus.COUNTY_REVIEW))
                .isEqualTo(count(before, XUNXIAN, ApplicationStatus.COUNTY_REVIEW) + 1);
        assertThat(count(after, XUNXIAN, ApplicationStatus.MUNICIPAL_REVIEW))
                .isEqualTo(count(before, XUNXIAN, ApplicationStatus.MUNICIPAL_REVIEW) + 1);
        assertThat(row(after, XUNXIAN).total()).isEqualTo(row(before, XUNXIAN).total() + 2); // not the draft
        assertThat(after.total()).isEqualTo(before.total() + 2);
        assertThat(after.statuses()).doesNotContain(ApplicationStatus.DRAFT);
        assertThat(after.rows().stream().map(ApplicationStatistics.Row::jurisdictionCode))
                .containsExactly("410602", "410603", "410611", "410621", "410622"); // no development zone
    }

    @Test
    void provinceAdministeredCounty_isTheProvincesNotTheCitys() {
        var zhoukou = given.staff(Role.CITY_REVIEWER, "411600");
        var province = given.staff(Role.PROVINCE_REVIEWER, "410000");
        var cityBefore = statistics.byJurisdiction(zhoukou, "411600");
        var drilledBefore = statistics.byJurisdiction(province, "411600");
        var provinceBefore = statistics.byJurisdiction(province, null);

        given.submittedEligibleApplication("411628"); // 鹿邑县, 省直管
        var cityAfter = statistics.byJurisdiction(zhoukou, "411600");

        assertThat(cityAfter.rows().stream().map(ApplicationStatistics.Row::jurisdictionCode))
                .doesNotContain("411628");
        assertThat(cityAfter.total()).isEqualTo(cityBefore.total());
        assertThat(count(statistics.byJurisdiction(province, "411600"), "411628", ApplicationStatus.COUNTY_REVIEW))
                .isEqualTo(count(drilledBefore, "411628", ApplicationStatus.COUNTY_REVIEW) + 1);
        assertThat(count(statistics.byJurisdiction(province, null), "411600", ApplicationStatus.COUNTY_REVIEW))
                .isEqualTo(count(provinceBefore, "411600", ApplicationStatus.COUNTY_REVIEW) + 1);
    }

    @Test
    void drafts_countForAdminsOnly() {
        var admin = given.staff(Role.ADMIN, "410000");
        var province = given.staff(Role.PROVINCE_REVIEWER, "410000");
        var adminBefore = statistics.byJurisdiction(admin, null);
        var provinceBefore = statistics.byJurisdiction(province, null);

        given.draftApplication("410622", null); // 淇县, 鹤壁

        var adminAfter = statistics.byJurisdiction(admin, null);
        assertThat(adminAfter.statuses()).contains(ApplicationStatus.DRAFT);
        assertThat(count(adminAfter, HEBI, ApplicationStatus.DRAFT))
                .isEqualTo(count(adminBefore, HEBI, ApplicationStatus.DRAFT) + 1);
        assertThat(statistics.byJurisdiction(province, null).total()).isEqualTo(provinceBefore.total());
    }

    @Test
    void anotherCitysReviewer_countsNothingOfIt() {
        given.submittedEligibleApplication(XUNXIAN);
        var zhengzhou = given.staff(Role.CITY_REVIEWER, "410100");

        var counts = statistics.byJurisdiction(zhengzhou, HEBI);

        assertThat(counts.total()).isZero();
    }

    private static long count(ApplicationStatistics.StatusCounts counts, String code, ApplicationStatus status) {
        return row(counts, code).count(status);
    }

    private static ApplicationStatistics.Row row(ApplicationStatistics.StatusCounts counts, String code) {
        return counts.rows().stream()
                .filter(row -> row.jurisdictionCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }
}
