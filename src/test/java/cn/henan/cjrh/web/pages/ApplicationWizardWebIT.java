package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.identity.UserAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class ApplicationWizardWebIT extends WebTest {
    private static final By SAVE_STATUS = By.id("save-status");

    @Autowired
    ApplicationService applications;

    @Autowired
    UserAccounts users;

    @Test
    void enterprise_startsAnApplication_fillsStepsWithAutosave_andFindsTheValuesAfterReload() {
        given.openBatch();
        var enterprise = given.registeredEnterprise("411602");
        signIn(enterprise.username());

        find(By.id("start-application")).click();
        waitUntil(ExpectedConditions.urlMatches("/enterprise/applications/\\d+"));
        assertThat(find(By.cssSelector(".app-header")).getText()).contains("草稿");
        type(By.id("f-basic-industry"), "高端装备");
        find(By.id("f-basic-independentLegalPerson-yes")).click();
        waitForText(SAVE_STATUS, "已保存");
        step("workforce");
        type(By.id("f-workforce-totalEmployees"), "1200");
        type(By.id("f-workforce-annualPayroll"), "96000000.50");
        step("participation");
        find(By.cssSelector("[data-list='participation.cooperations'] [data-add-row]"))
                .click();
        type(
                By.cssSelector("[data-list='participation.cooperations'] [data-row] [data-field='schoolName']"),
                "周口职业技术学院");
        type(By.cssSelector("[data-list='participation.cooperations'] [data-row] [data-field='sinceYear']"), "2021");
        find(By.id("save-now")).click();
        waitForText(SAVE_STATUS, "已保存");

        var id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/applications/(\\d+).*", "$1"));
        var user = users.findByUsername(enterprise.username()).orElseThrow().user();
        var stored = applications.get(user, id).form();
        assertThat(stored.basic().industry()).isEqualTo("高端装备");
        assertThat(stored.basic().independentLegalPerson()).isTrue();
        assertThat(stored.workforce().totalEmployees()).isEqualTo(1200);
        assertThat(stored.workforce().annualPayroll()).isEqualByComparingTo("96000000.50");
        assertThat(stored.participation().cooperations()).singleElement().satisfies(school -> {
            assertThat(school.schoolName()).isEqualTo("周口职业技术学院");
            assertThat(school.sinceYear()).isEqualTo(2021);
        });

        browser.navigate().refresh();

        assertThat(find(By.cssSelector("[data-list='participation.cooperations'] [data-field='schoolName']"))
                        .getAttribute("value"))
                .isEqualTo("周口职业技术学院");
        step("basic");
        assertThat(find(By.id("f-basic-industry")).getAttribute("value")).isEqualTo("高端装备");
        assertThat(find(By.id("f-basic-independentLegalPerson-yes")).isSelected())
                .isTrue();
        step("workforce");
        assertThat(find(By.id("f-workforce-totalEmployees")).getAttribute("value"))
                .isEqualTo("1200");
        step("summary");
        assertThat(waitForText(By.id("summary-content"), "周口职业技术学院"))
                .contains("高端装备")
                .contains("1200 人");
    }

    @Test
    void staleVersion_showsTheConflict_keepsWhatWasTyped_andCanSaveItOver() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        signIn(draft.enterprise().username());
        open("/enterprise/applications/" + draft.id());
        find(By.id("f-basic-industry"));

        // someone else saves meanwhile (another tab, a colleague): the page's version is now stale
        var changed = new ApplicationForm(
                new ApplicationForm.Basic(null, null, null, null, null, null, "绿色食品"),
                null,
                null,
                null,
                null,
                List.of(),
                null);
        applications.update(draft.user(), draft.id(), draft.application().version(), changed);
        type(By.id("f-basic-industry"), "新能源汽车");

        var problem = waitForText(By.id("save-problem"), "已被修改");
        assertThat(problem).contains("未保存您的更改").contains("仍保留");
        assertThat(find(By.id("save-status")).getText()).contains("尚未保存");
        assertThat(find(By.id("f-basic-industry")).getAttribute("value")).isEqualTo("新能源汽车");
        assertThat(applications.get(draft.user(), draft.id()).form().basic().industry())
                .isEqualTo("绿色食品");

        find(By.id("conflict-keep-mine")).click();
        waitForText(SAVE_STATUS, "已保存");

        assertThat(applications.get(draft.user(), draft.id()).form().basic().industry())
                .isEqualTo("新能源汽车");
    }

    @Test
    void valueTheServerRefuses_isNamedNextToItsField_andNothingIsLost() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        signIn(draft.enterprise().username());
        open("/enterprise/applications/" + draft.id() + "#workforce");

        type(By.id("f-workforce-internshipPosts"), "30");
        type(By.id("f-workforce-totalEmployees"), "12.5");

        var message = waitForText(By.id("f-workforce-totalEmployees-error"), "整数");
        assertThat(message).isNotBlank();
        assertThat(find(By.id("f-workforce-totalEmployees")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(find(By.id("save-problem")).getText()).contains("未保存");
        assertThat(find(By.id("f-workforce-internshipPosts")).getAttribute("value"))
                .isEqualTo("30");

        type(By.id("f-workforce-totalEmployees"), "１２００"); // full-width digits from a Chinese input method
        waitForText(SAVE_STATUS, "已保存");

        var workforce = applications.get(draft.user(), draft.id()).form().workforce();
        assertThat(workforce.totalEmployees()).isEqualTo(1200);
        assertThat(workforce.internshipPosts()).isEqualTo(30);
    }

    private void step(String name) {
        find(By.cssSelector("[data-step-target='" + name + "']")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("step-" + name)));
    }
}
