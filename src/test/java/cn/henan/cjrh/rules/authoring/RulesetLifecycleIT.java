package cn.henan.cjrh.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.audit.AuditRecord;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.rules.Assessment;
import cn.henan.cjrh.rules.AssessmentRequest;
import cn.henan.cjrh.rules.Assessor;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetStatus;
import cn.henan.cjrh.rules.RulesetVersions;
import cn.henan.cjrh.rules.runtime.PublishedVersion;
import cn.henan.cjrh.rules.runtime.RulesRuntime;
import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ruleset version from draft to publication over HTTP, effective dating, rollback, concurrent assessments during a
 * publication, and another node's publication picked up. Every version published here takes effect in 2090 or later,
 * each test in its own years, so no other test's assessment (dated today or in the 2020s) changes.
 */
class RulesetLifecycleIT extends IntegrationTest {
    private static final LocalDate CYCLE = LocalDate.of(2090, 1, 1);
    private static final LocalDate CONCURRENT = LocalDate.of(2094, 1, 1);
    private static final LocalDate CHANGED = LocalDate.of(2096, 1, 1);
    private static final LocalDate ROLLED_BACK = LocalDate.of(2097, 1, 1);
    private static final LocalDate OTHER_NODE = LocalDate.of(2098, 1, 1);

    @Autowired
    RulesetVersions versions;

    @Autowired
    RulesetAuthoring authoring;

    @Autowired
    RulesRuntime runtime;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assessor assessor;

    @Autowired
    ObjectMapper json;

    private RulesetClient editor;
    private RulesetClient approver;
    private RulesetClient secondApprover;

    @BeforeEach
    void staff() {
        editor = new RulesetClient(api, given.staff(Role.POLICY_EDITOR, "410000"));
        approver = new RulesetClient(api, given.staff(Role.POLICY_APPROVER, "410000"));
        secondApprover = new RulesetClient(api, given.staff(Role.POLICY_APPROVER, "410000"));
    }

    @Test
    void fullCycle_draftEditTestSubmitApprove_assessmentsChangeFromTheEffectiveDate() {
        var registeredSince = CYCLE.minusYears(3).minusMonths(6); // 3 full years on either side of the date
        int before = versions.inEffectOn(CYCLE.minusDays(1)).orElseThrow().version();
        int draft = editor.draftOf(1, "注册经营年限由 3 年改为 4 年");
        assertThat(editor.version(draft).json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(editor.version(draft).json().path("baseVersion").asInt()).isEqualTo(1);

        var saved = editor.setParameter(draft, "basic.minYearsRegistered", "410000", 4);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var validation = editor.validate(draft).json();
        assertThat(validation.path("ok").asBoolean()).as(validation.toString()).isTrue();
        assertThat(validation.path("messages")).isEmpty();

        var report = editor.runTests(draft);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().path("failed").asInt()).isPositive();
        var failed = new ArrayList<String>();
        report.json().path("results").forEach(result -> {
            if (!result.path("passed").asBoolean()) {
                failed.add(result.path("file").asText());
                assertThat(result.path("differences").toString()).contains("E01");
            }
        });
        assertThat(failed).containsOnly(RulesetClient.E01_TESTS);

        var submitted = approver.submit(draft); // senior staff may submit too; they then cannot approve it
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().path("status").asText()).isEqualTo("PENDING_APPROVAL");
        var refused = secondApprover.approve(draft, CYCLE);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("failedTests").toString()).contains("E01");
        var rejected = secondApprover.reject(draft, "E01 的测试用例仍按 3 年编写，请改为 4 年");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(rejected.json().path("rejected").path("reason").asText()).contains("4 年");

        editor.requireFourYears(draft); // replaces the E01 boundary cases with cases for four years
        assertThat(editor.runTests(draft).json().path("failed").asInt()).isZero();
        assertThat(approver.submit(draft).status()).isEqualTo(200);
        var selfApproval = approver.approve(draft, CYCLE);
        assertThat(selfApproval.status()).as(selfApproval.toString()).isEqualTo(403);
        assertThat(selfApproval.json().path("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(selfApproval.json().path("detail").asText()).contains("四眼原则");
        assertThat(editor.approve(draft, CYCLE).status())
                .as("editors never approve")
                .isEqualTo(403);

        var approved = secondApprover.approve(draft, CYCLE);

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(approved.json().path("effectiveFrom").asText()).isEqualTo("2090-01-01");
        assertThat(approved.json().path("approved").path("by").asText()).isEqualTo(secondApprover.user.username());
        assertThat(editor.assess(CYCLE.minusDays(1)).path("rulesetVersion").asInt())
                .isEqualTo(before);
        assertThat(editor.assess(CYCLE).path("rulesetVersion").asInt()).isEqualTo(draft);
        assertThat(editor.assess(CYCLE.plusYears(1)).path("rulesetVersion").asInt())
                .isEqualTo(draft);
        var dayBefore = assess(registeredSince, CYCLE.minusDays(1));
        assertThat(dayBefore.rulesetVersion()).isEqualTo(before);
        assertThat(e01(dayBefore)).isEqualTo("MET");
        var onTheDay = assess(registeredSince, CYCLE);
        assertThat(onTheDay.rulesetVersion()).isEqualTo(draft);
        assertThat(e01(onTheDay)).isEqualTo("NOT_MET");
        var active = editor.api().get("/api/v1/rulesets/active").json();
        assertThat(active.path("version").asInt())
                .as("today is long before 2090")
                .isNotEqualTo(draft);
        assertThat(audit.trailOf("RULESET", String.valueOf(draft)))
                .extracting(AuditRecord::action)
                .containsSubsequence(
                        "RULESET_DRAFT_CREATED",
                        "RULESET_PARAMETERS_REPLACED",
                        "RULESET_SUBMITTED",
                        "RULESET_REJECTED",
                        "RULESET_PARAMETERS_REPLACED",
                        "RULESET_TESTS_REPLACED",
                        "RULESET_SUBMITTED",
                        "RULESET_APPROVED",
                        "RULESET_PUBLISHED");
        assertThat(audit.trailOf("RULESET", String.valueOf(draft)))
                .filteredOn(record -> record.action().equals("RULESET_APPROVED"))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.actor()).isEqualTo(secondApprover.user.username());
                    assertThat(record.details()).containsEntry("effectiveFrom", "2090-01-01");
                    assertThat(record.details()).containsEntry("submittedBy", approver.user.username());
                });
    }

    @Test
    void rollback_isANewVersionBasedOnAnOlderOne() {
        var registeredSince = CHANGED.minusYears(3).minusMonths(3);
        int changed = editor.draftOf(1, "注册经营年限改为 4 年");
        editor.requireFourYears(changed);
        publish(changed, CHANGED);

        int rollback = editor.draftOf(1, "回退：恢复第 1 版的规则");
        publish(rollback, ROLLED_BACK);

        assertThat(versions.find(rollback).orElseThrow().baseVersion()).isEqualTo(1);
        assertThat(versions.find(changed).orElseThrow().status()).isEqualTo(RulesetStatus.PUBLISHED);
        assertThat(editor.assess(CHANGED.plusMonths(6)).path("rulesetVersion").asInt())
                .isEqualTo(changed);
        assertThat(editor.assess(ROLLED_BACK.plusMonths(6))
                        .path("rulesetVersion")
                        .asInt())
                .isEqualTo(rollback);
        var whileChanged = assess(registeredSince, CHANGED.plusMonths(6));
        assertThat(whileChanged.rulesetVersion()).isEqualTo(changed);
        assertThat(e01(whileChanged)).isEqualTo("NOT_MET");
        var afterRollback = assess(registeredSince.plusYears(1), ROLLED_BACK.plusMonths(6));
        assertThat(afterRollback.rulesetVersion()).isEqualTo(rollback);
        assertThat(e01(afterRollback)).isEqualTo("MET");
        assertThat(authoring.diff(1, rollback).isEmpty()).isTrue();
        var diff = editor.diff(changed, rollback).json();
        assertThat(diff.path("parameters").path("changed")).singleElement().satisfies(change -> {
            assertThat(change.path("key").asText()).isEqualTo("basic.minYearsRegistered");
            assertThat(change.path("from").path("value").asInt()).isEqualTo(4);
            assertThat(change.path("to").path("value").asInt()).isEqualTo(3);
        });
    }

    @Test
    void concurrentAssessmentsDuringAPublication_allSucceed() throws Exception {
        int draft = editor.draftOf(1, "并发发布");
        editor.requireFourYears(draft);
        assertThat(editor.submit(draft).status()).isEqualTo(200);
        int before = versions.inEffectOn(CONCURRENT).orElseThrow().version();
        var published = new AtomicBoolean();
        var answers = Collections.synchronizedList(new ArrayList<Integer>());
        var pool = Executors.newFixedThreadPool(4);
        try {
            var workers = new ArrayList<Future<?>>();
            for (int t = 0; t < 4; t++) {
                workers.add(pool.submit(() -> {
                    // until the publication is done and a few more after it; bounded either way
                    for (int n = 0, after = 0; n < 400 && after < 3; n++) {
                        boolean done = published.get();
                        answers.add(
                                editor.assess(CONCURRENT).path("rulesetVersion").asInt());
                        if (done) {
                            after++;
                        }
                    }
                    return null;
                }));
            }

            var approved = approver.approve(draft, CONCURRENT);
            published.set(true);

            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            for (var worker : workers) {
                worker.get(120, TimeUnit.SECONDS); // a failed assessment fails its worker
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).isNotEmpty().allMatch(version -> version == before || version == draft);
        assertThat(answers.get(answers.size() - 1)).isEqualTo(draft);
        assertThat(editor.assess(CONCURRENT).path("rulesetVersion").asInt()).isEqualTo(draft);
    }

    /** Another node approved a version: this node learns of it from the database, not from an event. */
    @Test
    void synchronise_picksUpAVersionPublishedByAnotherNode() {
        int draft = authoring.createDraft(editor.user, 1, "在另一节点发布").version();
        authoring.submit(editor.user, draft, null);
        jdbc.sql(
                        """
                        update ruleset_version set status = 'PUBLISHED', approved_by = 'other-node',
                               approved_at = now(), effective_from = :effectiveFrom
                        where version = :version
                        """)
                .param("version", draft)
                .param("effectiveFrom", java.sql.Date.valueOf(OTHER_NODE))
                .update();

        versions.synchronise();

        assertThat(runtime.published()).extracting(PublishedVersion::version).contains(draft);
        assertThat(versions.inEffectOn(OTHER_NODE).orElseThrow().version()).isEqualTo(draft);
        assertThat(editor.assess(OTHER_NODE).path("rulesetVersion").asInt()).isEqualTo(draft);
    }

    @Test
    void approval_inThePast_isRefusedNamingEffectiveFrom() {
        int draft = editor.draftOf(1, null);
        assertThat(editor.submit(draft).status()).isEqualTo(200);

        var response = approver.approve(draft, LocalDate.of(2020, 1, 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("effectiveFrom")).contains("2020-01-01");
        assertThat(approver.reject(draft, " ").fieldError("reason")).isNotBlank();
        assertThat(versions.find(draft).orElseThrow().status()).isEqualTo(RulesetStatus.PENDING_APPROVAL);
    }

    /**
     * The rules themselves, for a firm registered on a date after today: the API's form refuses such a date, but an
     * E01 boundary in 2090 needs one.
     */
    private Assessment assess(LocalDate registeredSince, LocalDate asOf) {
        var form = json.convertValue(
                Map.of("basic", Map.of("registeredInHenanSince", registeredSince.toString())), ApplicationForm.class);
        return assessor.assess(new AssessmentRequest(form, "411602", asOf));
    }

    private static String e01(Assessment assessment) {
        return assessment.findings().stream()
                .filter(finding -> finding.clause().equals("E01"))
                .map(finding -> finding.status().name())
                .findFirst()
                .orElseThrow();
    }

    private void publish(int draft, LocalDate effectiveFrom) {
        var submitted = editor.submit(draft);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        var approved = approver.approve(draft, effectiveFrom);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }
}
