package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.Decision;
import cn.henan.cjrh.review.Outcome;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.Forms;
import cn.henan.cjrh.workflow.TaskFilter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The path in the browser: the enterprise self-checks and submits; the county reviewer claims it in the
 * workbench and returns it with a field comment; the enterprise sees the field marked with the comment, fixes it and
 * resubmits; the reviewers approve it to publicity; the publicity page lists it (and explains a bad objection next to
 * its fields); after the publicity timer the directory finds it.
 */
class CertificationPathWebIT extends WebTest {
    private static final String COUNTY = "411681"; // 项城市 (周口), a county few other tests use

    @Autowired
    ReviewService reviews;

    @Test
    void submit_return_fix_resubmit_approve_publicity_directory() {
        var draft = given.draftApplication(COUNTY, Forms.eligible());

        // the enterprise: self-check, then submit
        signInAs(draft.enterprise().username());
        open("/enterprise/applications/" + draft.id() + "#summary");
        find(By.id("self-check")).click();
        assertThat(waitForText(By.id("findings-eligible"), "符合认定条件")).isEqualTo("符合认定条件");
        assertThat(find(By.id("findings")).getText()).contains("依据：").contains("满足");
        keepScreenshot("path-1-self-check", 1280);
        submitInWizard();
        waitUntil(ExpectedConditions.urlContains("/applications/" + draft.id()));
        assertThat(bodyText()).contains("申请已提交");
        assertThat(find(By.cssSelector(".app-header")).getText()).contains("县级初审");
        waitForText(By.id("findings-eligible"), "符合认定条件");
        keepScreenshot("path-2-submitted", 1280);

        // the county reviewer: workbench, claim, return with a field comment
        var county = given.staff(Role.COUNTY_REVIEWER, COUNTY);
        taskOf(county, draft, "COUNTY_REVIEW"); // the process has run its pre-check and waits for the county
        signInAs(county.username());
        find(By.cssSelector("#workbench-link a")).click();
        waitUntil(ExpectedConditions.urlContains("/workbench"));
        new Select(find(By.id("step-filter"))).selectByValue("COUNTY_REVIEW");
        find(By.cssSelector("#queue-filter button[type=submit]")).click();
        var row = By.cssSelector("tr[data-application-id='" + draft.id() + "']");
        assertThat(find(row).getText()).contains(draft.application().number()).contains("未领取");
        keepScreenshot("path-3-workbench", 1280);
        keepScreenshot("path-3-workbench-phone", 390);
        find(By.cssSelector("tr[data-application-id='" + draft.id() + "'] .claim-button"))
                .click();
        waitUntil(ExpectedConditions.urlContains("/workbench/tasks/"));
        assertThat(waitForText(By.id("task-assignee"), county.username())).contains(county.username());
        assertThat(find(By.id("findings")).getText()).contains("符合认定条件");
        assertThat(browser.findElements(By.id("diff"))).isEmpty(); // the first version: nothing to compare

        find(By.id("outcome-RETURN")).click();
        find(By.id("decide")).click(); // no reason: refused next to the comment
        assertThat(waitForText(By.id("decision-comment-error"), "须填写")).isNotBlank();
        assertThat(find(By.id("outcome-RETURN")).isSelected()).isTrue();
        type(By.id("decision-comment"), "请按营业执照核对所属行业。");
        find(By.id("add-field-comment")).click();
        var fieldPicker = find(By.cssSelector(".field-comment-row select"));
        new Select(fieldPicker).selectByValue("basic.industry");
        browser.findElement(By.cssSelector(".field-comment-row textarea")).sendKeys("行业应与营业执照一致。");
        keepScreenshot("path-4-task-return", 1280);
        find(By.id("decide")).click();
        waitUntil(ExpectedConditions.urlMatches("/workbench$"));
        assertThat(bodyText()).contains("已退回企业修改");

        // the enterprise: the comment at the top, the field marked, fix and resubmit
        signInAs(draft.enterprise().username());
        open("/enterprise/applications/" + draft.id());
        assertThat(find(By.id("return-notice")).getText())
                .contains("请按营业执照核对所属行业。")
                .contains("所属行业");
        var marked = find(By.cssSelector(".field-commented"));
        assertThat(marked.getText()).contains("所属行业").contains("行业应与营业执照一致。");
        assertThat(marked.findElement(By.cssSelector("[data-path='basic.industry']"))
                        .isDisplayed())
                .isTrue();
        keepScreenshot("path-5-wizard-returned", 1280);
        keepScreenshot("path-5-wizard-returned-phone", 390);
        type(By.id("f-basic-industry"), "通用设备制造业");
        waitForText(By.id("save-status"), "已保存");
        open("/enterprise/applications/" + draft.id() + "#summary");
        submitInWizard();
        waitUntil(ExpectedConditions.urlContains("/applications/" + draft.id()));
        assertThat(find(By.cssSelector(".app-header")).getText()).contains("县级初审");
        assertThat(find(By.id("diff")).getText())
                .as("the enterprise sees what its resubmission changed")
                .contains("所属行业")
                .contains("通用设备制造业");

        // the county again: what changed, approve; then the city and the province
        signInAs(county.username());
        openTask(county, draft, "COUNTY_REVIEW");
        find(By.id("claim")).click();
        assertThat(find(By.id("diff")).getText()).contains("所属行业").contains("通用设备制造业");
        keepScreenshot("path-6-task-diff", 1280);
        approve("县级初审通过。");
        decideAs(given.staff(Role.CITY_REVIEWER, "411600"), draft, "MUNICIPAL_REVIEW");
        decideAs(given.staff(Role.PROVINCE_REVIEWER, "410000"), draft, "PROVINCIAL_REVIEW");
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.PUBLICITY);

        // the public: the publicity list, an incomplete objection is explained next to its fields
        browser.manage().deleteAllCookies();
        open("/publicity");
        var listing = find(By.id("publicity-" + draft.id()));
        assertThat(listing.getText()).contains(draft.enterprise().uscc()).contains("公示期");
        listing.findElement(By.cssSelector("[data-bs-target]")).click();
        find(By.id("o" + draft.id() + "-contact")).sendKeys("不是电话");
        find(By.cssSelector("#objection-" + draft.id() + " button[type=submit]"))
                .click();
        waitUntil(ExpectedConditions.urlContains("/objections"));
        assertThat(find(By.id("o" + draft.id() + "-name-error")).getText()).isNotBlank();
        assertThat(find(By.id("o" + draft.id() + "-contact-error")).getText()).isNotBlank();
        assertThat(find(By.id("o" + draft.id() + "-reason-error")).getText()).isNotBlank();
        assertThat(find(By.id("o" + draft.id() + "-contact")).getAttribute("value"))
                .isEqualTo("不是电话");
        keepScreenshot("path-7-publicity-objection", 1280);

        // the publicity ends without objection: certified, in the directory
        given.endPublicity(draft);
        open("/directory");
        type(By.id("directory-q"), draft.enterprise().uscc());
        find(By.cssSelector("#directory-search button[type=submit]")).click();
        assertThat(waitForText(By.id("directory"), draft.enterprise().uscc())).contains("项城市");
        assertThat(bodyText()).contains("共 1 家企业");
        keepScreenshot("path-8-directory", 1280);
        keepScreenshot("path-8-directory-phone", 390);
    }

    @Test
    void publicity_takesAnObjection_andSaysSo() {
        var draft = given.submittedEligibleApplication(COUNTY);
        approveByService(given.staff(Role.COUNTY_REVIEWER, COUNTY), draft, "COUNTY_REVIEW");
        approveByService(given.staff(Role.CITY_REVIEWER, "411600"), draft, "MUNICIPAL_REVIEW");
        approveByService(given.staff(Role.PROVINCE_REVIEWER, "410000"), draft, "PROVINCIAL_REVIEW");

        open("/publicity");
        find(By.cssSelector("#publicity-" + draft.id() + " [data-bs-target]")).click();
        type(By.id("o" + draft.id() + "-name"), "王某");
        type(By.id("o" + draft.id() + "-contact"), "13800000000");
        type(By.id("o" + draft.id() + "-reason"), "该企业实际校企合作人数与申报不符，请核查。");
        find(By.cssSelector("#objection-" + draft.id() + " button[type=submit]"))
                .click();

        assertThat(waitForText(By.id("publicity-" + draft.id()), "已收到您对该企业的异议"))
                .contains(draft.enterprise().uscc());
        assertThat(bodyText()).contains("已收到您的异议");
        taskOf(given.staff(Role.PROVINCE_REVIEWER, "410000"), draft, "OBJECTION_CHECK");
    }

    @Test
    void resubmittingWithoutChanges_isRefusedAtTheTopOfTheWizard() {
        var draft = given.submittedEligibleApplication(COUNTY);
        var county = given.staff(Role.COUNTY_REVIEWER, COUNTY);
        var task = taskOf(county, draft, "COUNTY_REVIEW");
        reviews.claim(county, task);
        reviews.decide(
                county,
                task,
                new Decision(
                        Outcome.RETURN,
                        "请补充合作院校协议。",
                        List.of(new Decision.FieldComment("participation.cooperations[0].schoolName", "请填写院校全称。"))));

        signInAs(draft.enterprise().username());
        open("/enterprise/applications/" + draft.id());
        assertThat(find(By.id("return-notice")).getText()).contains("请补充合作院校协议。");
        open("/enterprise/applications/" + draft.id() + "#participation");
        assertThat(find(By.cssSelector("[data-list='participation.cooperations'] .field-commented"))
                        .getText())
                .contains("请填写院校全称。");
        open("/enterprise/applications/" + draft.id() + "#summary");
        submitInWizard();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main > .alert-danger")));
        assertThat(find(By.cssSelector("main > .alert-danger")).getText()).contains("修改");
        assertThat(browser.getCurrentUrl()).contains("/enterprise/applications/" + draft.id());
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.RETURNED);
    }

    private void approveByService(PlatformUser reviewer, DraftApplication draft, String step) {
        var task = taskOf(reviewer, draft, step);
        reviews.claim(reviewer, task);
        reviews.decide(reviewer, task, Decision.approve("同意。"));
    }

    private void submitInWizard() {
        script("window.confirm = function () { return true; };");
        find(By.id("submit-application")).click();
    }

    /** The reviewer's open task for the application, once it is there (the queue may hold many of other tests). */
    private String taskOf(PlatformUser reviewer, DraftApplication draft, String step) {
        return waitUntil(
                        driver -> reviews
                                .queue(reviewer, new TaskFilter(step, false, null), new Page.Request(0, Page.MAX_SIZE))
                                .items()
                                .stream()
                                .filter(t -> t.applicationId() == draft.id())
                                .findFirst()
                                .orElse(null))
                .id();
    }

    private void openTask(PlatformUser reviewer, DraftApplication draft, String step) {
        open("/workbench/tasks/" + taskOf(reviewer, draft, step));
    }

    private void decideAs(PlatformUser reviewer, DraftApplication draft, String step) {
        signInAs(reviewer.username());
        openTask(reviewer, draft, step);
        find(By.id("claim")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("unclaim")));
        approve(null);
    }

    private void approve(String comment) {
        find(By.id("outcome-APPROVE")).click();
        if (comment != null) {
            type(By.id("decision-comment"), comment);
        }
        find(By.id("decide")).click();
        waitUntil(ExpectedConditions.urlMatches("/workbench$"));
        assertThat(bodyText()).contains("已审核通过");
    }
}
