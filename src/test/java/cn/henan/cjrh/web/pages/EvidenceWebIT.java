package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.EvidenceKind;
import cn.henan.cjrh.application.EvidenceService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class EvidenceWebIT extends WebTest {
    @Autowired
    EvidenceService evidence;

    @Test
    void enterprise_uploadsAPdf_seesItListed_andRemovesIt() throws IOException {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var pdf = file("营业执照.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        signIn(draft.enterprise().username());
        open("/enterprise/applications/" + draft.id() + "#evidence");

        new Select(find(By.id("evidence-kind"))).selectByVisibleText("营业执照");
        find(By.id("evidence-file")).sendKeys(pdf.toString());
        find(By.id("evidence-upload")).click();
        var row = waitForText(By.id("evidence-rows"), "营业执照.pdf");

        assertThat(row).contains("营业执照");
        assertThat(find(By.id("evidence-status")).getText()).contains("已上传");
        assertThat(evidence.list(draft.user(), draft.id())).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("营业执照.pdf");
            assertThat(file.kind()).isEqualTo(EvidenceKind.BUSINESS_LICENSE);
        });

        browser.navigate().refresh();
        assertThat(waitForText(By.id("evidence-rows"), "营业执照.pdf")).isNotBlank();
        find(By.cssSelector("#evidence-rows [data-remove-evidence]")).click(); // the confirmation is accepted
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#evidence-rows [data-evidence-id]")));

        assertThat(evidence.list(draft.user(), draft.id())).isEmpty();
    }

    @Test
    void unacceptedType_isExplainedNextToTheUploadControl() throws IOException {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var text = file("说明.txt", "这不是 PDF 文件");
        signIn(draft.enterprise().username());
        open("/enterprise/applications/" + draft.id() + "#evidence");

        new Select(find(By.id("evidence-kind"))).selectByVisibleText("其他");
        find(By.id("evidence-file")).sendKeys(text.toString());
        find(By.id("evidence-upload")).click();

        assertThat(waitForText(By.id("evidence-error"), "类型不被接受")).contains("说明.txt");
        assertThat(find(By.id("evidence-file")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(evidence.list(draft.user(), draft.id())).isEmpty();
    }

    private static Path file(String name, String content) throws IOException {
        var dir = Files.createTempDirectory("cjrh-upload-");
        var file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }
}
