package cn.henan.cjrh.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.rules.Parameter;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetStatus;
import cn.henan.cjrh.rules.RulesetVersions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 政策规则工作室 in the browser: a compile error shown at its line, a forbidden import, files added and deleted, a stale
 * save that keeps the typed text, a parameter refused next to its entry, test runs, four-eyes approval and the impact
 * report with its progress. Drafts the test does not edit through the pages are prepared with the service.
 */
class StudioWebIT extends WebTest {
    private static final String E01 = "eligibility/E01-registered-three-years.drl";
    private static final String MIN_YEARS_LINE = "Parameter( key == \"basic.minYearsRegistered\", $min : intValue )";
    /** Far beyond what other tests assess, so publishing here decides nothing they check. */
    private static final LocalDate EFFECTIVE = LocalDate.of(2099, 9, 1);

    @Autowired
    RulesetVersions versions;

    @Autowired
    RulesetAuthoring authoring;

    @Test
    void policyEditor_seesACompileErrorAtItsLine() {
        var editor = given.staff(Role.POLICY_EDITOR, "410000");
        signIn(editor.username());

        find(By.cssSelector("#studio-link a")).click();
        waitUntil(ExpectedConditions.urlContains("/studio"));
        new org.openqa.selenium.support.ui.Select(find(By.id("base-version"))).selectByValue("1");
        type(By.id("change-note"), "E01 语法错误演示");
        find(By.id("create-draft")).click();
        waitForText(By.tagName("main"), "草稿已创建");
        int draft = versionInUrl();
        assertThat(authoring.get(draft).status()).isEqualTo(RulesetStatus.DRAFT);
        assertThat(find(By.id("version-title")).getText())
                .contains("规则集版本 " + draft)
                .contains("草稿");

        find(By.id("tab-files")).click();
        find(By.cssSelector("a[data-path='" + E01 + "']")).click();
        waitUntil(ExpectedConditions.urlContains("E01"));
        waitForEditor();
        var original = authoring.file(draft, E01);
        var broken = original.replaceFirst(
                Pattern.quote(MIN_YEARS_LINE), Matcher.quoteReplacement(MIN_YEARS_LINE.replace(",", "")));
        int line = lineOf(broken, MIN_YEARS_LINE.replace(",", ""));
        script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", broken);
        waitForText(By.id("save-status"), "尚未保存");

        find(By.id("validate")).click();

        var listed = waitForText(By.id("validation-messages"), E01 + " 第 " + line + " 行");
        assertThat(listed).isNotBlank();
        assertThat(find(By.id("validation-summary")).getText()).contains("问题").contains("已在编辑区标出");
        assertThat(lineClass(line)).contains("drl-error-line");
        assertThat(script(
                        "return document.querySelector('.CodeMirror').CodeMirror.lineInfo(arguments[0] - 1).gutterMarkers"
                                + " !== null;",
                        line))
                .isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector(".CodeMirror-code .drl-error-line")))
                .isNotEmpty();
        assertThat(authoring.file(draft, E01)).isEqualTo(broken); // validating saved what was typed first
        keepScreenshot("studio-compile-error", 1280);

        // a forbidden import is shown the same way, at its line
        var withImport = original.replace(
                "import cn.henan.cjrh.rules.Parameter;", "import cn.henan.cjrh.rules.Parameter;\nimport java.io.File;");
        int importLine = lineOf(withImport, "import java.io.File;");
        script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", withImport);
        find(By.id("validate")).click();

        var refused = waitForText(By.id("validation-messages"), E01 + " 第 " + importLine + " 行");
        assertThat(refused).contains("java.io.File");
        assertThat(refused).doesNotContain("第 " + line + " 行第"); // the earlier error is gone
        assertThat(lineClass(importLine)).contains("drl-error-line");
    }

    @Test
    void editor_addsAndDeletesAFile_andAStaleSaveKeepsWhatWasTyped() {
        var editor = given.staff(Role.POLICY_EDITOR, "410000");
        var colleague = given.staff(Role.POLICY_EDITOR, "410000");
        int draft = authoring.createDraft(editor, 1, "新增文件").version();
        var path = "eligibility/Z98-web-" + draft + ".drl";
        signIn(editor.username());
        open("/studio/versions/" + draft + "/files");

        type(By.id("new-path"), "eligibility/../x.txt");
        find(By.id("add-file")).click();
        assertThat(waitForText(By.id("new-path-error"), "无效")).contains("eligibility/");
        assertThat(find(By.id("new-path")).getAttribute("value")).isEqualTo("eligibility/../x.txt");

        type(By.id("new-path"), path);
        find(By.id("add-file")).click();
        waitForText(By.tagName("main"), "文件已新增");
        assertThat(find(By.id("file-path-label")).getText()).isEqualTo(path);
        assertThat(find(By.id("file-tree")).getText()).contains("Z98-web-" + draft + ".drl");
        waitForEditor();

        // typed with the keyboard into the editor
        find(By.cssSelector(".CodeMirror")).click();
        script("var cm = document.querySelector('.CodeMirror').CodeMirror; cm.setCursor(cm.lineCount(), 0);");
        browser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys("// typed in the browser");
        waitForText(By.id("save-status"), "尚未保存");
        // meanwhile a colleague saves another file of the same draft
        authoring.saveFile(colleague, draft, E01, authoring.file(draft, E01) + "\n", null);

        find(By.id("save-file")).click();

        assertThat(waitForText(By.id("save-problem-text"), "已被他人修改")).contains("仍保留");
        assertThat(editorText()).contains("// typed in the browser");
        assertThat(authoring.file(draft, path)).doesNotContain("typed in the browser");
        find(By.id("conflict-overwrite")).click();
        waitForText(By.id("save-status"), "已保存（");
        assertThat(authoring.file(draft, path)).contains("// typed in the browser");
        assertThat(browser.findElement(By.id("save-problem")).isDisplayed()).isFalse();

        script("window.confirm = function () { return true; };");
        find(By.id("delete-file")).click();
        waitForText(By.tagName("main"), "文件已删除");
        assertThat(find(By.id("file-tree")).getText()).doesNotContain("Z98-web");
        assertThat(authoring.files(draft)).noneMatch(file -> file.path().equals(path));
    }

    @Test
    void parameterEdit_showsTheRefusalNextToTheEntry_andKeepsWhatWasTyped() {
        var editor = given.staff(Role.POLICY_EDITOR, "410000");
        int draft = authoring.createDraft(editor, 1, "参数修改").version();
        signIn(editor.username());
        open("/studio/versions/" + draft + "/parameters");
        var row = rowOf("basic.minYearsRegistered", "410000");
        var lookback = rowOf("compliance.incidentLookbackYears", "410000");

        type(By.id("p-" + row + "-value"), "-1");
        type(By.id("p-" + lookback + "-value"), "5");
        find(By.id("save-parameters")).click();

        var message = waitForText(By.id("p-" + row + "-value-error"), "非负整数");
        assertThat(message).contains("basic.minYearsRegistered");
        assertThat(find(By.id("p-" + row + "-value")).getAttribute("class")).contains("is-invalid");
        assertThat(find(By.id("p-" + row + "-value")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(find(By.id("p-" + row + "-value")).getAttribute("value")).isEqualTo("-1");
        assertThat(find(By.id("p-" + lookback + "-value")).getAttribute("value"))
                .isEqualTo("5");
        assertThat(browser.findElement(By.id("p-" + lookback + "-value-error")).getText())
                .isEmpty();
        assertThat(bodyText()).contains("未保存：有 1 处需要修改");
        assertThat(value(draft, "basic.minYearsRegistered")).isEqualByComparingTo("3");
        keepScreenshot("studio-parameter-error", 1280);

        type(By.id("p-" + row + "-value"), "４");
        find(By.id("save-parameters")).click();

        waitForText(By.tagName("main"), "参数已保存");
        assertThat(value(draft, "basic.minYearsRegistered")).isEqualByComparingTo("4");
        assertThat(value(draft, "compliance.incidentLookbackYears")).isEqualByComparingTo("5");
        open("/studio/diff?from=1&to=" + draft);
        assertThat(find(By.id("diff-parameters")).getText())
                .contains("basic.minYearsRegistered")
                .contains("4");
        keepScreenshot("studio-diff", 1280);
    }

    @Test
    void runTests_showsPassedAndFailed_withTheDifferencesOfEachFailedCase() {
        var editor = given.staff(Role.POLICY_EDITOR, "410000");
        int draft = authoring.createDraft(editor, 1, "满 4 年").version();
        setMinYears(editor, draft, 4);
        signIn(editor.username());

        open("/studio/versions/" + draft + "/tests");
        assertThat(find(By.id("test-cases")).getText()).contains("E01");
        find(By.id("run-tests")).click();

        var failed = find(By.id("tests-failed")).getText();
        assertThat(failed).startsWith("未通过").doesNotEndWith(" 0");
        assertThat(find(By.id("failed-cases")).getText()).contains("E01").contains("期望");
        keepScreenshot("studio-tests", 1280);

        open("/studio/versions/1/tests");
        find(By.id("run-tests")).click();
        assertThat(find(By.id("tests-failed")).getText()).isEqualTo("未通过 0");
        assertThat(find(By.id("test-report")).getText()).contains("全部测试用例通过");
    }

    @Test
    void editorSubmits_approverApproves_andNobodyApprovesWhatTheySubmitted() {
        var editor = given.staff(Role.POLICY_EDITOR, "410000");
        var approver = given.staff(Role.POLICY_APPROVER, "410000");
        int draft = authoring.createDraft(editor, 1, "审批演示").version();
        signIn(editor.username());
        open("/studio/versions/" + draft);

        find(By.id("submit-version")).click();

        waitForText(By.tagName("main"), "已提交审批");
        assertThat(find(By.id("version-title")).getText()).contains("待审批");
        assertThat(find(By.id("pending-note")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("approval-card"))).isEmpty();
        open("/studio/versions/" + draft + "/files?path=" + E01);
        waitForEditor();
        assertThat(browser.findElements(By.id("save-file"))).isEmpty();
        assertThat(script("return document.querySelector('.CodeMirror').CodeMirror.getOption('readOnly');"))
                .isEqualTo(true);
        assertThat(find(By.id("read-only-note")).getText()).contains("只能查看");

        signInAs(approver.username());
        open("/studio/versions/" + draft);
        find(By.id("approve")).click();
        assertThat(waitForText(By.id("effective-from-error"), "生效日期")).isNotBlank();
        setDate(EFFECTIVE);
        find(By.id("approve")).click();

        waitForText(By.tagName("main"), "已审批发布");
        assertThat(find(By.id("version-title")).getText()).contains("已发布");
        assertThat(find(By.id("published-note")).getText()).contains("2099-09-01");
        assertThat(authoring.get(draft).approved().by()).isEqualTo(approver.username());
        open("/studio");
        assertThat(find(By.cssSelector("tr[data-version='" + draft + "']")).getText())
                .contains("已发布")
                .contains("2099-09-01")
                .contains(editor.username())
                .contains(approver.username());
        keepScreenshot("studio-versions", 1280);

        // an approver who submits a version of their own cannot approve it (四眼原则), and may return it
        int own = authoring.createDraft(approver, 1, "自己提交").version();
        authoring.submit(approver, own, null);
        open("/studio/versions/" + own);
        setDate(EFFECTIVE);
        find(By.id("approve")).click();

        assertThat(waitForText(By.id("approval-problem"), "四眼原则")).contains("另一位审批人");
        assertThat(authoring.get(own).status()).isEqualTo(RulesetStatus.PENDING_APPROVAL);
        keepScreenshot("studio-four-eyes", 1280);
        find(By.id("reject")).click();
        waitForText(By.id("reject-reason-error"), "退回理由");
        type(By.id("reject-reason"), "请补充政策依据。");
        find(By.id("reject")).click();
        waitForText(By.tagName("main"), "已退回");
        assertThat(find(By.id("last-rejection")).getText()).contains("请补充政策依据。");
        assertThat(authoring.get(own).status()).isEqualTo(RulesetStatus.DRAFT);
    }

    @Test
    void approverRetiresAScheduledVersion_butNotTheOneInEffect() {
        var editor = given.staff(Role.POLICY_EDITOR, "410000");
        var approver = given.staff(Role.POLICY_APPROVER, "410000");
        int scheduled = authoring.createDraft(editor, 1, "停用演示").version();
        authoring.submit(editor, scheduled, null);
        authoring.approve(approver, scheduled, LocalDate.of(2091, 1, 1));
        signIn(approver.username());
        open("/studio/versions/" + scheduled);

        find(By.id("retire")).click();
        assertThat(waitForText(By.id("retire-reason-error"), "停用理由")).isNotBlank();
        assertThat(authoring.get(scheduled).status()).isEqualTo(RulesetStatus.PUBLISHED);
        type(By.id("retire-reason"), "暂缓执行。");
        find(By.id("retire")).click();

        waitForText(By.tagName("main"), "版本已停用");
        assertThat(find(By.id("version-title")).getText()).contains("已停用");
        assertThat(find(By.id("retired-note")).getText()).contains("暂缓执行。").contains(approver.username());
        assertThat(authoring.get(scheduled).status()).isEqualTo(RulesetStatus.RETIRED);
        open("/studio/versions/" + versions.active().version());
        assertThat(browser.findElements(By.id("retire-card")))
                .as("the version in effect today offers no retirement")
                .isEmpty();
    }

    @Test
    void impactReport_appearsWithItsProgressToDone() {
        var editor = given.staff(Role.POLICY_EDITOR, "410000");
        var application = given.submittedEligibleApplication("411602");
        int draft = authoring.createDraft(editor, 1, "注册满 30 年").version();
        setMinYears(editor, draft, 30);
        signIn(editor.username());
        open("/studio/versions/" + draft + "/impact");

        find(By.id("start-impact")).click();

        waitUntil(ExpectedConditions.urlContains("job="));
        find(By.id("impact-progress"));
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("impact-report")));
        assertThat(find(By.id("impact-progress")).getAttribute("aria-valuenow")).isEqualTo("100");
        assertThat(find(By.id("impact-status")).getText()).contains("已完成");
        var ineligible =
                find(By.cssSelector("[data-figure='becameIneligible']")).getText();
        assertThat(Integer.parseInt(ineligible.replaceAll("\\D", ""))).isPositive();
        assertThat(find(By.id("impact-clauses")).getText()).contains("E01");
        assertThat(find(By.id("impact-cities")).getText()).contains("周口市");
        assertThat(script("return !!document.getElementById('impact-chart').chart;"))
                .isEqualTo(true);
        var csv = (String) script(
                "var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                        + " return x.status + '\\n' + x.responseText;",
                find(By.id("impact-csv")).getAttribute("href"));
        assertThat(csv)
                .startsWith("200")
                .contains(application.application().number())
                .contains("E01 MET→NOT_MET");
        var jobId = browser.getCurrentUrl().replaceAll(".*job=(\\d+).*", "$1");
        assertThat(find(By.cssSelector("#impact-history tr[data-job='" + jobId + "']"))
                        .getAttribute("class"))
                .as("the job is listed among the version's analyses, marked as the one shown")
                .contains("table-active");
        keepScreenshot("studio-impact", 1280);
        keepScreenshot("studio-impact-phone", 390);
    }

    @Test
    void otherRoles_areRefusedTheStudio() {
        var reviewer = given.staff(Role.COUNTY_REVIEWER, "411602");
        signIn(reviewer.username());

        open("/studio");

        assertThat(waitForText(By.tagName("main"), "无权")).doesNotContain("规则集版本");
        open("/studio/versions/1/files");
        assertThat(bodyText()).doesNotContain("rule \"E01");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private int versionInUrl() {
        var matcher = Pattern.compile("/studio/versions/(\\d+)").matcher(browser.getCurrentUrl());
        assertThat(matcher.find()).as(browser.getCurrentUrl()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private void waitForEditor() {
        waitUntil(driver -> script("return !!document.querySelector('.CodeMirror')"
                + " && !!document.querySelector('.CodeMirror').CodeMirror;"));
    }

    private String editorText() {
        return (String) script("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    private String lineClass(int line) {
        return String.valueOf(script(
                "return document.querySelector('.CodeMirror').CodeMirror.lineInfo(arguments[0] - 1).bgClass;", line));
    }

    private static int lineOf(String text, String content) {
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(content)) {
                return i + 1;
            }
        }
        throw new AssertionError(content + " not in the text");
    }

    /** The page row (data-row) of a parameter entry. */
    private String rowOf(String key, String jurisdictionCode) {
        return (String) waitUntil(driver -> script(
                "var rows = document.querySelectorAll('#parameter-rows tr');"
                        + "for (var i = 0; i < rows.length; i++) {"
                        + "  var r = rows[i];"
                        + "  if (r.querySelector('input[name=key]').value === arguments[0]"
                        + "      && r.querySelector('input[name=jurisdictionCode]').value === arguments[1]) {"
                        + "    return r.dataset.row; } }"
                        + "return null;",
                key,
                jurisdictionCode));
    }

    private BigDecimal value(int version, String key) {
        return authoring.parameters(version).stream()
                .filter(p -> p.getKey().equals(key) && p.getJurisdictionCode().equals(Parameter.PROVINCE))
                .findFirst()
                .orElseThrow()
                .getDecimalValue();
    }

    private void setMinYears(PlatformUser editor, int version, int years) {
        List<Parameter> parameters = new ArrayList<>();
        for (var p : authoring.parameters(version)) {
            parameters.add(
                    p.getKey().equals("basic.minYearsRegistered")
                                    && p.getJurisdictionCode().equals(Parameter.PROVINCE)
                            ? new Parameter(p.getKey(), p.getJurisdictionCode(), years, p.getUnit(), p.getSource())
                            : p);
        }
        authoring.replaceParameters(editor, version, parameters, null);
    }

    private void setDate(LocalDate date) {
        script("arguments[0].value = arguments[1];", find(By.id("effective-from")), date.toString());
    }
}
