package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class ReviewerListWebIT extends WebTest {

    @Test
    void countyReviewer_seesTheCountysApplication_andOpensIt() {
        var draft = given.submittedEligibleApplication("411621"); // 扶沟县, waiting at county review
        var reviewer = given.staff(Role.COUNTY_REVIEWER, "411621");
        signIn(reviewer.username());

        var list = waitForText(By.id("applications"), draft.application().number());

        assertThat(list).contains("扶沟县").contains("县级初审");
        find(By.cssSelector("tr[data-application-id='" + draft.id() + "'] a")).click();
        waitUntil(ExpectedConditions.urlContains("/applications/" + draft.id()));
        assertThat(find(By.cssSelector(".app-header")).getText())
                .contains(draft.application().number())
                .contains(draft.enterprise().uscc())
                .contains("县级初审");
        assertThat(find(By.id("history")).getText()).contains("创建申请");
        assertThat(browser.findElements(By.id("wizard"))).isEmpty(); // reviewers read, they do not edit
    }

    @Test
    void statusFilter_narrowsTheList() {
        var draft = given.submittedEligibleApplication("411621");
        var reviewer = given.staff(Role.COUNTY_REVIEWER, "411621");
        signIn(reviewer.username());

        new Select(find(By.id("status-filter"))).selectByVisibleText("已认证");
        find(By.cssSelector("form[action='/home'] button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlContains("status=CERTIFIED"));

        assertThat(bodyText()).doesNotContain(draft.application().number());
        new Select(find(By.id("status-filter"))).selectByVisibleText("县级初审");
        find(By.cssSelector("form[action='/home'] button[type=submit]")).click();
        waitForText(By.id("applications"), draft.application().number());
    }

    @Test
    void reviewerOfAnotherCounty_neitherListsNorOpensIt_norSeesDrafts() {
        var draft = given.submittedEligibleApplication("411621");
        var outsider = given.staff(Role.COUNTY_REVIEWER, "411602"); // 川汇区, same city
        signIn(outsider.username());

        assertThat(bodyText())
                .contains("本辖区的申请")
                .doesNotContain(draft.application().number());

        open("/applications/" + draft.id());
        assertThat(waitForText(By.tagName("main"), "不存在"))
                .doesNotContain(draft.application().number());

        var unsubmitted = given.draftApplication("411602", null); // the outsider's own county, but never submitted
        open("/home");
        assertThat(bodyText()).doesNotContain(unsubmitted.application().number());
    }
}
