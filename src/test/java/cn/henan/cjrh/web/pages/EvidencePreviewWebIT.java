package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.EvidenceKind;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.application.SubmissionService;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.support.Forms;
import cn.henan.cjrh.support.ReviewSteps;
import cn.henan.cjrh.workflow.ReviewTasks;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/** Evidence previewed beside the dossier on the reviewer's task page: PDFs in a frame, images inline, others not. */
class EvidencePreviewWebIT extends WebTest {
    private static final String COUNTY = "410803"; // 中站区, 焦作

    @Autowired
    EvidenceService evidence;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ReviewService reviewService;

    @Autowired
    ReviewTasks reviewTasks;

    @Test
    void reviewer_seesThePdf_thenThePicture_andIsToldTheOfdCannotBePreviewed() throws IOException {
        var draft = given.draftApplication(COUNTY, Forms.eligible());
        var pdf = add(draft, EvidenceKind.BUSINESS_LICENSE, "营业执照.pdf", pdf());
        var png = add(draft, EvidenceKind.COOPERATION_AGREEMENT, "合作协议签字页.png", png());
        add(draft, EvidenceKind.OTHER, "电子发票.ofd", ofd());
        submissions.submit(draft.user(), draft.id());
        var taskId = new ReviewSteps(reviewService, reviewTasks).openTaskOf(draft.id());
        signIn(given.staff(Role.COUNTY_REVIEWER, COUNTY).username());

        open("/workbench/tasks/" + taskId);

        var frame = find(By.cssSelector("#evidence-preview iframe"));
        assertThat(frame.getAttribute("src")).endsWith("/applications/" + draft.id() + "/evidence/" + pdf + "/preview");
        assertThat(find(By.id("evidence-preview")).getText()).contains("正在预览：营业执照.pdf");
        var answer = headersOf(frame.getAttribute("src"));
        assertThat(answer.get("status")).isEqualTo(200L);
        assertThat(answer.get("type")).isEqualTo("application/pdf");
        assertThat((String) answer.get("disposition")).startsWith("inline");
        assertThat(answer.get("frame")).isEqualTo("SAMEORIGIN");
        var ofdRow = find(By.xpath("//tr[td/a[text()='电子发票.ofd']]"));
        assertThat(ofdRow.getText()).contains("不支持预览");
        assertThat(ofdRow.findElements(By.cssSelector("[data-preview]"))).isEmpty();
        assertThat(find(By.id("evidence-preview")).getText()).contains("OFD、XLSX 等格式不支持在线预览");

        find(By.cssSelector("tr[data-evidence-id='" + png + "'] [data-preview]"))
                .click();

        var image = find(By.cssSelector("#evidence-preview img"));
        waitUntil(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth === 4;", image));
        assertThat(image.getAttribute("alt")).isEqualTo("材料图片：合作协议签字页.png");
        assertThat(browser.findElements(By.cssSelector("#evidence-preview iframe")))
                .isEmpty();
        assertThat(find(By.id("evidence-preview")).getText()).contains("正在预览：合作协议签字页.png");
    }

    @Test
    void preview_isOnlyForThoseWhoMaySeeTheApplication_andOnlyForPreviewableTypes() throws IOException {
        var draft = given.draftApplication(COUNTY, Forms.eligible());
        var pdf = add(draft, EvidenceKind.BUSINESS_LICENSE, "营业执照.pdf", pdf());
        var ofd = add(draft, EvidenceKind.OTHER, "电子发票.ofd", ofd());
        submissions.submit(draft.user(), draft.id());
        var base = "/applications/" + draft.id() + "/evidence/";

        signIn(given.staff(Role.COUNTY_REVIEWER, "410802").username()); // 解放区: another county

        assertThat(headersOf(base + pdf + "/preview").get("status")).isEqualTo(404L);

        browser.manage().deleteAllCookies();
        signIn(given.staff(Role.COUNTY_REVIEWER, COUNTY).username());

        assertThat(headersOf(base + pdf + "/preview").get("status")).isEqualTo(200L);
        assertThat(headersOf(base + ofd + "/preview").get("status")).isEqualTo(415L);
        assertThat(headersOf(base + ofd).get("status")).isEqualTo(200L); // the download stays
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> headersOf(String url) {
        return (Map<String, Object>) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done({status: r.status,"
                                + " type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'),"
                                + " frame: r.headers.get('X-Frame-Options')}));",
                        url);
    }

    private long add(
            cn.henan.cjrh.support.Fixtures.DraftApplication draft, EvidenceKind kind, String name, byte[] bytes) {
        return evidence.add(draft.user(), draft.id(), kind, name, bytes.length, new ByteArrayResource(bytes))
                .id();
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An OFD (GB/T 33190) is a ZIP container with OFD.xml at its root. */
    private static byte[] ofd() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
