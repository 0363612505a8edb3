package cn.henan.cjrh.rules.authoring;

import static cn.henan.cjrh.rules.authoring.RulesetClient.E01;
import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.audit.AuditRecord;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.rules.RulesetVersions;
import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Editing drafts over HTTP: files, parameters, tests, validation messages, locking, jurisdiction and differences. */
class RulesetEditingIT extends IntegrationTest {
    private static final String BROKEN = "eligibility/Z99-broken.drl";

    @Autowired
    RulesetVersions versions;

    @Autowired
    AuditLog audit;

    private RulesetClient editor;

    @BeforeEach
    void staff() {
        editor = new RulesetClient(api, given.staff(Role.POLICY_EDITOR, "410000"));
    }

    @Test
    void files_listedWithSizeAndHash_andReadAsPlainText() {
        var list = editor.api().get("/api/v1/rulesets/1/files");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("items")).anySatisfy(item -> {
            assertThat(item.path("path").asText()).isEqualTo(E01);
            assertThat(item.path("size").asLong()).isPositive();
            assertThat(item.path("sha256").asText()).hasSize(64);
        });
        var file = editor.file(1, E01);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/plain");
        assertThat(file.text()).contains("rule \"E01").contains("注册经营");
        assertThat(editor.file(1, "eligibility/none.drl").status()).isEqualTo(404);
        assertThat(editor.api().get("/api/v1/rulesets").json().path("items"))
                .anySatisfy(
                        version -> assertThat(version.path("version").asInt()).isEqualTo(1));
    }

    @Test
    void syntaxError_isReportedAtItsFileAndLine() {
        int draft = editor.draftOf(1, "语法错误");
        var source =
                """
                package cn.henan.cjrh.rules.eligibility;

                import cn.henan.cjrh.rules.Parameter;

                rule "Z99 broken"
                  when
                    Parameter( key == "basic.minYearsRegistered" $min : intValue )
                  then
                end
                """;

        var saved = editor.putFile(draft, BROKEN, source);
        var validation = editor.validate(draft).json();

        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(validation.path("ok").asBoolean()).isFalse();
        assertThat(validation.path("messages")).anySatisfy(message -> {
            assertThat(message.path("file").asText()).isEqualTo(BROKEN);
            assertThat(message.path("line").asInt()).isEqualTo(7);
            assertThat(message.path("text").asText()).isNotBlank();
        });
        var submit = editor.submit(draft);
        assertThat(submit.status()).isEqualTo(409);
        assertThat(submit.json().path("messages").toString()).contains(BROKEN);
        assertThat(versions.find(draft).orElseThrow().status().name()).isEqualTo("DRAFT");
    }

    @Test
    void forbiddenImport_isRefusedNamingIt() {
        int draft = editor.draftOf(1, "不允许的 import");
        var e01 = editor.file(draft, E01).text();
        var withFile = e01.replace(
                "import cn.henan.cjrh.rules.Parameter;", "import cn.henan.cjrh.rules.Parameter;\nimport java.io.File;");
        int line = lineOf(withFile, "import java.io.File;");

        assertThat(editor.putFile(draft, E01, withFile).status()).isEqualTo(200);
        var validation = editor.validate(draft).json();

        assertThat(validation.path("ok").asBoolean()).isFalse();
        assertThat(validation.path("messages")).anySatisfy(message -> {
            assertThat(message.path("file").asText()).isEqualTo(E01);
            assertThat(message.path("line").asInt()).isEqualTo(line);
            assertThat(message.path("text").asText()).contains("java.io.File");
        });
        var submit = editor.submit(draft);
        assertThat(submit.status()).isEqualTo(409);
        assertThat(submit.json().path("messages").toString()).contains("java.io.File");
        var run = editor.runTests(draft);
        assertThat(run.status()).isEqualTo(409);
    }

    @Test
    void publishedVersion_cannotBeEdited() {
        var e01 = editor.file(1, E01).text();

        assertThat(editor.putFile(1, E01, e01 + "\n").status()).isEqualTo(409);
        assertThat(editor.deleteFile(1, E01).status()).isEqualTo(409);
        assertThat(editor.putParameters(1, editor.parameters(1)).status()).isEqualTo(409);
        var tests = editor.putTests(1, editor.tests(1));
        assertThat(tests.status()).isEqualTo(409);
        assertThat(tests.json().path("detail").asText()).contains("草稿");
        assertThat(editor.submit(1).status()).isEqualTo(409);
        assertThat(editor.file(1, E01).text()).isEqualTo(e01);
    }

    @Test
    void submittedVersion_cannotBeEdited() {
        int draft = editor.draftOf(1, null);
        assertThat(editor.submit(draft).status()).isEqualTo(200);

        var response = editor.setParameter(draft, "basic.minYearsRegistered", "410000", 4);

        assertThat(response.status()).isEqualTo(409);
        assertThat(editor.putFile(draft, E01, "x").status()).isEqualTo(409);
    }

    @Test
    void filePaths_outsideTheRuleFoldersOrNotDrl_areRefused() {
        int draft = editor.draftOf(1, null);

        var outside = editor.putFile(draft, "parameters/basic.drl", "x");
        var notDrl = editor.putFile(draft, "eligibility/notes.txt", "x");

        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.fieldError("path")).contains("eligibility/");
        assertThat(notDrl.status()).isEqualTo(400);
        assertThat(editor.putFile(draft, "incentives/sub/new-item.drl", "// 新文件\n")
                        .status())
                .isEqualTo(201);
        assertThat(editor.deleteFile(draft, "incentives/sub/new-item.drl").status())
                .isEqualTo(204);
        assertThat(editor.deleteFile(draft, "incentives/sub/new-item.drl").status())
                .isEqualTo(404);
    }

    @Test
    void badParameters_areRefusedNamingTheEntry() {
        int draft = editor.draftOf(1, null);
        var parameters = editor.parameters(draft);
        ((ObjectNode) parameters.get(3)).put("value", -1);
        ((ObjectNode) parameters.get(0)).put("key", "basic.noSuchKey");

        var response = editor.putParameters(draft, parameters);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.fieldError("parameters[3].value")).contains("-1");
        assertThat(response.fieldError("parameters[0].key")).contains("basic.noSuchKey");
        assertThat(editor.parameters(draft)).isEqualTo(editor.parameters(1));
    }

    @Test
    void staleIfMatch_isRefused_andNothingIsOverwritten() {
        int draft = editor.draftOf(1, null);
        var read = editor.api().get("/api/v1/rulesets/" + draft + "/parameters");
        var etag = read.headers().firstValue("ETag").orElseThrow();
        var first = (ArrayNode) read.json();
        set(first, "participation.peopleTrainedMin", 60);
        var second = (ArrayNode) read.json();
        set(second, "participation.peopleTrainedMin", 70);

        var saved = editor.putParameters(draft, first, etag);
        var stale = editor.putParameters(draft, second, etag);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asText()).isEqualTo("/problems/stale-version");
        assertThat(value(editor.parameters(draft), "participation.peopleTrainedMin"))
                .isEqualTo(60);
    }

    @Test
    void concurrentEditsWithoutIfMatch_bothKept() throws Exception {
        int draft = editor.draftOf(1, null);
        int before = versions.find(draft).orElseThrow().rowVersion();
        var saves = new ArrayList<CompletableFuture<Integer>>();
        for (int i = 0; i < 4; i++) {
            var path = "incentives/concurrent-" + i + ".drl";
            saves.add(CompletableFuture.supplyAsync(
                    () -> editor.putFile(draft, path, "// " + path + "\n").status()));
        }

        for (var save : saves) {
            assertThat(save.get(60, TimeUnit.SECONDS)).isEqualTo(201);
        }

        var paths =
                editor.api().get("/api/v1/rulesets/" + draft + "/files").json().findValuesAsText("path");
        assertThat(paths)
                .contains(
                        "incentives/concurrent-0.drl",
                        "incentives/concurrent-1.drl",
                        "incentives/concurrent-2.drl",
                        "incentives/concurrent-3.drl");
        assertThat(versions.find(draft).orElseThrow().rowVersion()).isEqualTo(before + 4);
    }

    @Test
    void cityEditor_changesOnlyTheirCitysParameters() {
        var city = new RulesetClient(api, given.staff(Role.POLICY_EDITOR, "411600")); // 周口
        int draft = city.draftOf(1, "周口实习岗位比例调整为 3%");

        var own = city.setParameter(draft, "workforce.internshipPostRatio", "411600", 0.03);
        var province = city.setParameter(draft, "basic.minYearsRegistered", "410000", 4);
        var zhengzhou = city.setParameter(draft, "workforce.internshipPostRatio", "410100", 0.03);
        var drl = city.putFile(draft, E01, city.file(draft, E01).text() + "\n");
        var tests = city.putTests(draft, city.tests(draft));

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(value(city.parameters(draft), "workforce.internshipPostRatio", "411600"))
                .isEqualTo(0.03);
        assertThat(province.status()).isEqualTo(403);
        assertThat(province.json().path("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(province.json().path("detail").asText()).contains("basic.minYearsRegistered");
        assertThat(zhengzhou.status()).isEqualTo(403);
        assertThat(drl.status()).isEqualTo(403);
        assertThat(tests.status()).isEqualTo(403);
        var countyOverlay = city.parameters(draft);
        countyOverlay.add(entry("workforce.internshipPostRatio", "411602", 0.025)); // 川汇区, a county of 周口
        assertThat(city.putParameters(draft, countyOverlay).status()).isEqualTo(200);
    }

    @Test
    void cityApprover_cannotApproveProvinceChanges() {
        var cityApprover = new RulesetClient(api, given.staff(Role.POLICY_APPROVER, "411600"));
        int draft = editor.draftOf(1, null);
        assertThat(editor.setParameter(draft, "participation.peopleTrainedMin", "410000", 60)
                        .status())
                .isEqualTo(200);
        assertThat(editor.submit(draft).status()).isEqualTo(200);

        var response = cityApprover.approve(draft, LocalDate.of(2099, 1, 1));

        assertThat(response.status()).isEqualTo(403);
        assertThat(versions.find(draft).orElseThrow().status().name()).isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void diff_showsFileAndParameterChanges() {
        int draft = editor.draftOf(1, "比对");
        var e01 = editor.file(draft, E01).text();
        int changedLine = lineOf(e01, "已满 \" + $min + \" 年\"");
        assertThat(editor.putFile(draft, E01, e01.replace("已满 \" + $min + \" 年\"", "已满 \" + $min + \" 周年\""))
                        .status())
                .isEqualTo(200);
        assertThat(editor.putFile(draft, "incentives/new-item.drl", "// 新增\n").status())
                .isEqualTo(201);
        assertThat(editor.deleteFile(draft, "eligibility/A03-frontline-share.drl")
                        .status())
                .isEqualTo(204);
        assertThat(editor.setParameter(draft, "basic.minYearsRegistered", "410000", 4)
                        .status())
                .isEqualTo(200);

        var diff = editor.diff(1, draft);

        assertThat(diff.status()).isEqualTo(200);
        var files = diff.json().path("files");
        assertThat(files.path("added").findValuesAsText("path")).containsExactly("incentives/new-item.drl");
        assertThat(files.path("removed").findValuesAsText("path"))
                .containsExactly("eligibility/A03-frontline-share.drl");
        assertThat(files.path("changed")).singleElement().satisfies(change -> {
            assertThat(change.path("path").asText()).isEqualTo(E01);
            assertThat(change.path("linesAdded").asInt()).isEqualTo(1);
            assertThat(change.path("linesRemoved").asInt()).isEqualTo(1);
            assertThat(change.path("hunks").get(0).path("fromLine").asInt()).isBetween(changedLine - 3, changedLine);
            assertThat(change.path("diff").asText())
                    .contains("@@ -")
                    .contains("-        \"自 ")
                    .contains("+        \"自 ")
                    .contains("周年");
        });
        var parameters = diff.json().path("parameters");
        assertThat(parameters.path("changed")).singleElement().satisfies(change -> {
            assertThat(change.path("key").asText()).isEqualTo("basic.minYearsRegistered");
            assertThat(change.path("jurisdictionCode").asText()).isEqualTo("410000");
            assertThat(change.path("from").path("value").asInt()).isEqualTo(3);
            assertThat(change.path("to").path("value").asInt()).isEqualTo(4);
        });
        assertThat(parameters.path("added")).isEmpty();
        assertThat(audit.trailOf("RULESET", String.valueOf(draft)))
                .extracting(AuditRecord::action)
                .contains("RULESET_FILE_SAVED", "RULESET_FILE_DELETED", "RULESET_PARAMETERS_REPLACED");
    }

    @Test
    void onlyPolicyStaff_seeRulesetVersions() {
        var reviewer = given.staff(Role.PROVINCE_REVIEWER, "410000");

        var response = api.as(reviewer.username(), cn.henan.cjrh.support.Fixtures.PASSWORD)
                .get("/api/v1/rulesets");

        assertThat(response.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/rulesets").status()).isEqualTo(401);
    }

    private static int lineOf(String text, String part) {
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + part);
    }

    private static void set(ArrayNode parameters, String key, int value) {
        for (var entry : parameters) {
            if (entry.path("key").asText().equals(key)) {
                ((ObjectNode) entry).put("value", value);
            }
        }
    }

    private static int value(JsonNode parameters, String key) {
        for (var entry : parameters) {
            if (entry.path("key").asText().equals(key)) {
                return entry.path("value").asInt();
            }
        }
        throw new AssertionError("no parameter " + key);
    }

    private static double value(JsonNode parameters, String key, String jurisdictionCode) {
        for (var entry : parameters) {
            if (entry.path("key").asText().equals(key)
                    && entry.path("jurisdictionCode").asText().equals(jurisdictionCode)) {
                return entry.path("value").asDouble();
            }
        }
        throw new AssertionError("no parameter " + key + "@" + jurisdictionCode);
    }

    private static ObjectNode entry(String key, String jurisdictionCode, double value) {
        var entry = JsonNodeFactory.instance.objectNode();
        entry.put("key", key);
        entry.put("jurisdictionCode", jurisdictionCode);
        entry.put("value", value);
        entry.put("unit", "ratio");
        entry.put("source", "测试：川汇区叠加值");
        return entry;
    }
}
