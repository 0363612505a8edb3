package cn.henan.cjrh.web.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all browser tests of the JVM (starting one takes seconds). Debian's {@code chromium} and
 * {@code chromium-driver}; the driver comes from {@code webdriver.chrome.driver} (default
 * {@code /usr/bin/chromedriver}), never downloaded. Chinese is the browser's language, as for our users.
 */
final class Browser {
    private static WebDriver driver;

    private Browser() {}

    static synchronized WebDriver driver() {
        if (driver == null) {
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit, "browser-shutdown"));
        }
        return driver;
    }

    private static WebDriver start() {
        var profile = temporaryDirectory();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("webdriver.chrome.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=1280,900",
                // Bootstrap scrolls smoothly unless motion is reduced; a click during the scroll misses its target
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile);
        // --lang sets the UI language; the Accept-Language header the server reads comes from this preference
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // a page with unsaved input asks before it is left; tests move on regardless
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new java.io.File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    private static String temporaryDirectory() {
        try {
            var dir = Files.createTempDirectory("cjrh-chromium-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
