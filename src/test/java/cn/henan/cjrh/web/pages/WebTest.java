package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the browser tests: the shared browser, signed out at the start of each test, and waiting helpers. */
@ExtendWith(WebScreenshots.class)
abstract class WebTest extends IntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    private int serverPort;

    protected WebDriver browser;

    @BeforeEach
    void startSignedOut() {
        browser = Browser.driver();
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + serverPort + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected void signIn(String username) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlContains("/home"));
    }

    protected WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void type(By by, String text) {
        var field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    protected void choose(By by, String visibleText) {
        waitUntil(driver -> new Select(driver.findElement(by))
                .getOptions().stream().anyMatch(option -> option.getText().equals(visibleText)));
        new Select(find(by)).selectByVisibleText(visibleText);
    }

    /** Waits until the element's text contains {@code text}, and answers its text. */
    protected String waitForText(By by, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return browser.findElement(by).getText();
    }

    protected <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE).until(condition);
    }

    protected Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    protected String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
