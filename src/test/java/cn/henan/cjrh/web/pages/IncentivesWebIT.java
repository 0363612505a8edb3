package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.support.Forms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The enterprise sees the incentive bundle (金融+财政+土地+信用) with amounts and their basis: in the self-check, as the
 * rules estimate it for the form on the page, and on the submitted application from its stored pre-check, including the
 * surcharge offset year by year (DESIGN.md §4).
 */
class IncentivesWebIT extends WebTest {
    private static final String COUNTY = "411602";

    @Test
    void selfCheckAndSubmittedApplication_showTheBundleWithAmountsBasisAndOffsetYears() {
        var draft = given.draftApplication(COUNTY, Forms.eligible());
        signIn(draft.enterprise().username());
        open("/enterprise/applications/" + draft.id() + "#summary");

        find(By.id("self-check")).click();
        waitForText(By.id("findings-eligible"), "符合认定条件");

        var offset = find(By.cssSelector("#incentives .incentive[data-code='FISCAL_SURCHARGE_OFFSET']"));
        assertThat(offset.getText())
                .contains("财政")
                .contains("¥ ")
                .contains("计算依据：")
                .contains("政策依据：");
        assertThat(offset.findElements(By.cssSelector(".offset-years tbody tr")))
                .as("one row per investment year of the form")
                .hasSize(Forms.eligible().investments().size());
        assertThat(find(By.id("incentives")).getText())
                .contains("金融")
                .contains("土地")
                .contains("信用");
        assertThat(browser.findElements(By.cssSelector("#incentives .incentive")))
                .anySatisfy(item -> assertThat(item.getText()).contains("政策未规定金额"));
        var selfCheckAmount =
                offset.findElement(By.cssSelector(".incentive-amount")).getText();

        script("window.confirm = function () { return true; };");
        find(By.id("submit-application")).click();
        waitUntil(ExpectedConditions.urlContains("/applications/" + draft.id()));

        var stored = find(By.cssSelector("#incentives .incentive[data-code='FISCAL_SURCHARGE_OFFSET']"));
        assertThat(stored.findElement(By.cssSelector(".incentive-amount")).getText())
                .as("the stored pre-check agrees with the self-check")
                .isEqualTo(selfCheckAmount);
        assertThat(stored.findElements(By.cssSelector(".offset-years tbody tr")))
                .hasSize(Forms.eligible().investments().size());
    }
}
