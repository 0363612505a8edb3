package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.support.ReviewSteps;
import cn.henan.cjrh.workflow.ReviewTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The process diagram (bpmn-js) on the reviewer's task page and on the application page, with the current step. */
class ProcessDiagramWebIT extends WebTest {
    private static final String JIEFANG = "410802"; // 解放区, 焦作

    @Autowired
    ReviewService reviewService;

    @Autowired
    ReviewTasks reviewTasks;

    @Test
    void taskPage_drawsTheProcess_withCountyReviewAsTheCurrentStep() {
        var draft = given.submittedEligibleApplication(JIEFANG);
        var reviewer = given.staff(Role.COUNTY_REVIEWER, JIEFANG);
        var taskId = new ReviewSteps(reviewService, reviewTasks).openTaskOf(draft.id());
        signIn(reviewer.username());

        open("/workbench/tasks/" + taskId);
        waitUntilDrawn();

        assertThat(browser.findElements(By.cssSelector("#process-canvas svg"))).isNotEmpty();
        assertThat(markerOf("Task_CountyReview")).contains("process-active").doesNotContain("process-completed");
        assertThat(markerOf("Task_PreCheck")).contains("process-completed");
        assertThat(markerOf("Task_MunicipalReview")).doesNotContain("process-active", "process-completed");
        assertThat(find(By.id("process-current")).getText()).isEqualTo("当前环节：县级初审");
        assertThat(find(By.cssSelector("#process .process-legend")).getText()).contains("当前环节", "已完成", "未到达");
        find(By.cssSelector("#process-steps-details summary")).click(); // the text list is one click away
        assertThat(find(By.id("process-steps")).getText()).contains("规则预审", "县级初审");
        var served = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done);");
        assertThat(served) // without scripts the steps are open as text, the empty viewer hidden
                .contains("id=\"process-steps-details\" open")
                .contains("id=\"process-viewer\" hidden");
    }

    @Test
    void applicationPage_showsTheEnterpriseWhereItStands_afterTheCountyApproved() {
        var draft = given.submittedEligibleApplication(JIEFANG);
        new ReviewSteps(reviewService, reviewTasks).approve(given.staff(Role.COUNTY_REVIEWER, JIEFANG), draft.id());
        signIn(draft.enterprise().username());

        open("/applications/" + draft.id());
        waitUntilDrawn();

        assertThat(markerOf("Task_MunicipalReview")).contains("process-active");
        assertThat(markerOf("Task_CountyReview")).contains("process-completed");
        assertThat(find(By.id("process-current")).getText()).contains("市级复核");
    }

    @Test
    void anotherCountysReviewer_getsNoProcess_andADraftHasNone() {
        var draft = given.submittedEligibleApplication(JIEFANG);
        var outsider = given.staff(Role.COUNTY_REVIEWER, "410803"); // 中站区, same city
        signIn(outsider.username());

        var answered = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));",
                        "/applications/" + draft.id() + "/process");
        assertThat(answered).isEqualTo(404L);

        var draftOnly = given.draftApplication(JIEFANG, null);
        browser.manage().deleteAllCookies();
        signIn(draftOnly.enterprise().username());
        open("/applications/" + draftOnly.id());
        assertThat(find(By.id("process-not-started")).getText()).contains("申请提交后");
    }

    private void waitUntilDrawn() {
        waitUntil(driver ->
                "rendered".equals(driver.findElement(By.id("process-viewer")).getAttribute("data-state")));
    }

    private String markerOf(String elementId) {
        return browser.findElement(By.cssSelector("#process-canvas [data-element-id='" + elementId + "']"))
                .getAttribute("class");
    }
}
