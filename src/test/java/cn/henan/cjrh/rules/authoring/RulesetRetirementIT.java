package cn.henan.cjrh.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.rules.RulesetVersions;
import cn.henan.cjrh.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 停用 (PUBLISHED → RETIRED) over HTTP: a publication scheduled for a later date is called off before it takes
 * effect, and assessments dated after it go on with the version before it; the version in effect today cannot be
 * retired (going back is a new version); a reason is required; only approvers retire, only published versions. The
 * version published here takes effect in 2092, a year no other test assesses.
 */
class RulesetRetirementIT extends IntegrationTest {
    private static final LocalDate SCHEDULED = LocalDate.of(2092, 1, 1);

    @Autowired
    RulesetVersions versions;

    @Autowired
    AuditLog audit;

    private RulesetClient editor;
    private RulesetClient approver;

    @BeforeEach
    void staff() {
        editor = new RulesetClient(api, given.staff(Role.POLICY_EDITOR, "410000"));
        approver = new RulesetClient(api, given.staff(Role.POLICY_APPROVER, "410000"));
    }

    @Test
    void scheduledPublication_isCalledOff_andTheVersionBeforeItGoesOnDeciding() {
        int before = editor.assess(SCHEDULED).path("rulesetVersion").asInt();
        int draft = editor.draftOf(1, "四年注册，2092 年起（将停用）");
        editor.requireFourYears(draft);
        assertThat(editor.submit(draft).status()).isEqualTo(200);
        assertThat(approver.approve(draft, SCHEDULED).status()).isEqualTo(200);
        assertThat(editor.assess(SCHEDULED).path("rulesetVersion").asInt()).isEqualTo(draft);

        var noReason = retire(approver, draft, " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(retire(editor, draft, "编辑人员不能停用").status()).isEqualTo(403);

        var retired = retire(approver, draft, "政策调整暂缓执行");

        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().path("status").asText()).isEqualTo("RETIRED");
        assertThat(retired.json().path("retired").path("by").asText()).isEqualTo(approver.user.username());
        assertThat(retired.json().path("retired").path("reason").asText()).isEqualTo("政策调整暂缓执行");
        assertThat(editor.assess(SCHEDULED).path("rulesetVersion").asInt())
                .as("the version before it decides again, on this node at once")
                .isEqualTo(before);
        versions.synchronise(); // what another node does on its next poll: it must not bring the version back
        assertThat(editor.assess(SCHEDULED).path("rulesetVersion").asInt()).isEqualTo(before);
        assertThat(audit.trailOf("RULESET", String.valueOf(draft)))
                .filteredOn(record -> record.action().equals("RULESET_RETIRED"))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.details()).containsEntry("reason", "政策调整暂缓执行");
                    assertThat(record.details()).containsEntry("effectiveFrom", SCHEDULED.toString());
                });
        assertThat(retire(approver, draft, "再停用一次").status())
                .as("a retired version is not published any more")
                .isEqualTo(409);
    }

    @Test
    void versionInEffectToday_cannotBeRetired_norCanADraft() {
        int active = approver.api()
                .get("/api/v1/rulesets/active")
                .json()
                .path("version")
                .asInt();

        var refused = retire(approver, active, "想回到旧版本");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("新建草稿");
        assertThat(approver.version(active).json().path("status").asText()).isEqualTo("PUBLISHED");
        int draft = editor.draftOf(1, "草稿不能停用");
        assertThat(retire(approver, draft, "草稿").status()).isEqualTo(409);
        assertThat(retire(approver, 987654, "不存在").status()).isEqualTo(404);
    }

    private static cn.henan.cjrh.support.ApiClient.Response retire(RulesetClient who, int version, String reason) {
        return who.api().post("/api/v1/rulesets/" + version + "/retire", Map.of("reason", reason));
    }
}
