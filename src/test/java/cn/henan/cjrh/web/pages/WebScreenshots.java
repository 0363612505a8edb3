package cn.henan.cjrh.web.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** On a failed browser test, keeps what the browser showed: a screenshot and the page source, under target/. */
class WebScreenshots implements TestWatcher {
    static final Path DIRECTORY = Path.of("target", "web-screenshots");

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        var name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        try {
            var driver = Browser.driver();
            Files.createDirectories(DIRECTORY);
            var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(DIRECTORY.resolve(name + ".png"), png);
            var source = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
            Files.writeString(DIRECTORY.resolve(name + ".html"), source, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e); // the test's own failure is what matters
        }
    }
}
