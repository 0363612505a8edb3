package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

    /** Signs out whoever is signed in (the session cookie goes) and signs in as {@code username}. */
    protected void signInAs(String username) {
        open("/login");
        browser.manage().deleteAllCookies();
        signIn(username);
    }

    /**
     * Keeps a full-page screenshot as {@code target/web-screenshots/<name>.png} at the given window width, for people
     * to look at (the closing notes describe them); a failure to take it never fails the test.
     */
    protected void keepScreenshot(String name, int width) {
        var window = browser.manage().window();
        var before = window.getSize();
        try {
            window.setSize(new Dimension(width, 900));
            long height = (Long) script("return Math.min(document.documentElement.scrollHeight, 6000);");
            window.setSize(new Dimension(width, (int) Math.max(height, 600)));
            Files.createDirectories(WebScreenshots.DIRECTORY);
            Files.write(
                    WebScreenshots.DIRECTORY.resolve(name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a screenshot is for people; the test's assertions are what matter
        } finally {
            window.setSize(before);
        }
    }
}
