package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationWebIT extends WebTest {
    @Autowired
    EnterpriseService enterprises;

    @Test
    void badUscc_isExplainedNextToTheField_whileTypingAndOnSubmit() {
        var valid = Fixtures.uniqueUscc("411602");
        var wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        open("/register");

        type(By.id("reg-uscc"), wrongCheck.toLowerCase());
        var whileTyping = waitForText(By.id("reg-uscc-error"), "校验位不正确");

        assertThat(whileTyping).contains("应为“" + valid.charAt(17) + "”");
        assertThat(find(By.id("reg-uscc")).getAttribute("value")).isEqualTo(wrongCheck); // upper-cased as typed
        assertThat(find(By.id("reg-uscc")).getAttribute("aria-invalid")).isEqualTo("true");

        fillTheRest("周口测试装备有限公司", "周口市", "川汇区", Fixtures.uniqueUsername("reg"));
        find(By.id("register-submit")).click();
        var onSubmit = waitForText(By.id("reg-uscc-error"), "校验位不正确");

        assertThat(onSubmit).contains("GB 32100-2015");
        assertThat(find(By.id("register-errors")).getText()).contains("1 项需要修改");
        assertThat(find(By.id("reg-name")).getAttribute("value")).isEqualTo("周口测试装备有限公司");
        assertThat(find(By.id("reg-countyCode")).getAttribute("value")).isEqualTo("411602");
        assertThat(find(By.id("reg-password")).getAttribute("value")).isEmpty();
        assertThat(enterprises.findByUscc(wrongCheck)).isEmpty();
    }

    @Test
    void validRegistration_signsTheNewUserIn_andLandsOnTheHomePage() {
        var uscc = Fixtures.uniqueUscc("411602");
        var username = Fixtures.uniqueUsername("reg");
        open("/register");

        type(By.id("reg-uscc"), uscc);
        waitForText(By.id("reg-uscc-ok"), "格式正确");
        fillTheRest("周口网页注册测试有限公司", "周口市", "川汇区", username);
        find(By.id("register-submit")).click();
        waitUntil(ExpectedConditions.urlContains("/home"));

        assertThat(bodyText())
                .contains("注册成功，已为您登录")
                .contains("周口网页注册测试有限公司")
                .contains("统一社会信用代码：" + uscc)
                .contains("所属区域：川汇区");
        var enterprise = enterprises.findByUscc(uscc).orElseThrow();
        assertThat(enterprise.countyCode()).isEqualTo("411602");
        assertThat(enterprise.cityCode()).isEqualTo("411600");
    }

    @Test
    void jiyuan_isItsOwnCounty() {
        var uscc = Fixtures.uniqueUscc("419001");
        open("/register");

        type(By.id("reg-uscc"), uscc);
        choose(By.id("reg-city"), "济源示范区");
        waitUntil(driver ->
                "419001".equals(driver.findElement(By.id("reg-countyCode")).getAttribute("value")));
        fillContactAndAccount(Fixtures.uniqueUsername("jy"));
        type(By.id("reg-name"), "济源网页注册测试有限公司");
        type(By.id("reg-legalRepresentative"), "王五");
        find(By.id("register-submit")).click();
        waitUntil(ExpectedConditions.urlContains("/home"));

        assertThat(bodyText()).contains("所属区域：济源示范区");
        assertThat(enterprises.findByUscc(uscc).orElseThrow().countyCode()).isEqualTo("419001");
    }

    @Test
    void weakPassword_andMismatch_areShownNextToTheirFields() {
        open("/register");

        type(By.id("reg-uscc"), Fixtures.uniqueUscc("411602"));
        fillTheRest("周口密码测试有限公司", "周口市", "扶沟县", Fixtures.uniqueUsername("pw"));
        type(By.id("reg-password"), "abcdefgh");
        type(By.id("reg-passwordConfirmation"), "abcdefgh");
        find(By.id("register-submit")).click();

        assertThat(waitForText(By.id("reg-password-error"), "至少三类")).contains("大写字母");
        assertThat(find(By.id("reg-countyCode")).getAttribute("value")).isEqualTo("411621");

        type(By.id("reg-password"), Fixtures.PASSWORD);
        type(By.id("reg-passwordConfirmation"), Fixtures.PASSWORD + "x");
        find(By.id("register-submit")).click();

        assertThat(waitForText(By.id("reg-passwordConfirmation-error"), "不一致")).isNotBlank();
    }

    @Test
    void emptyForm_namesEveryRequiredField() {
        open("/register");

        find(By.id("register-submit")).click();

        assertThat(waitForText(By.id("reg-uscc-error"), "请填写统一社会信用代码")).isNotBlank();
        assertThat(find(By.id("reg-name-error")).getText()).contains("请填写企业名称");
        assertThat(find(By.id("reg-countyCode-error")).getText()).contains("请选择所在县");
        assertThat(find(By.id("reg-contactPhone-error")).getText()).contains("请填写联系电话");
        assertThat(find(By.id("reg-password-error")).getText()).contains("请设置密码");
        assertThat(find(By.id("reg-countyCode")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    private void fillTheRest(String name, String city, String county, String username) {
        type(By.id("reg-name"), name);
        choose(By.id("reg-city"), city);
        choose(By.id("reg-countyCode"), county);
        type(By.id("reg-legalRepresentative"), "张三");
        fillContactAndAccount(username);
    }

    private void fillContactAndAccount(String username) {
        type(By.id("reg-contactName"), "李四");
        type(By.id("reg-contactPhone"), "0394-1234567");
        type(By.id("reg-username"), username);
        type(By.id("reg-password"), Fixtures.PASSWORD);
        type(By.id("reg-passwordConfirmation"), Fixtures.PASSWORD);
    }
}
