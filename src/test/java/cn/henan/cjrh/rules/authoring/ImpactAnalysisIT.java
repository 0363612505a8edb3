package cn.henan.cjrh.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.audit.AuditRecord;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.ApiClient.Response;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Impact analysis of a draft over HTTP (issue 6): the stored past applications re-assessed with the draft and with the
 * version in effect on their submission date, as a background job with progress and a CSV of what changed. The
 * database is shared with other tests, so the counts are asserted as lower bounds and the CSV by this test's
 * application numbers.
 */
class ImpactAnalysisIT extends IntegrationTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Autowired
    AuditLog audit;

    private RulesetClient editor;

    @BeforeEach
    void staff() {
        editor = new RulesetClient(api, given.staff(Role.POLICY_EDITOR, "410000"));
    }

    @Test
    void tighterParticipationRules_makeTheExampleIneligible_perClauseCityAndInCsv() {
        var applications = List.of(
                given.submittedEligibleApplication("411602"),
                given.submittedEligibleApplication("411602"),
                given.submittedEligibleApplication("410103"));
        int draft = editor.draftOf(1, "影响分析：参与条件收紧");
        // the §5a example meets P03, P04 and P06 (60 people trained): four conditions and 100 people make it fail
        assertThat(editor.setParameter(draft, "participation.minConditionsMet", "410000", 4)
                        .status())
                .isEqualTo(200);
        assertThat(editor.setParameter(draft, "participation.peopleTrainedMin", "410000", 100)
                        .status())
                .isEqualTo(200);

        var started = editor.api().post("/api/v1/rulesets/" + draft + "/impact", "");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long jobId = started.json().path("jobId").asLong();
        assertThat(started.json().path("status").asText()).isIn("RUNNING", "DONE");
        assertThat(started.json().path("total").asInt()).isGreaterThanOrEqualTo(applications.size());
        assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/rulesets/" + draft + "/impact/" + jobId);

        var job = awaitDone(draft, jobId);
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("processed").asInt()).isGreaterThanOrEqualTo(applications.size());
        assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
        var result = job.path("result");
        assertThat(result.path("baseline").asText()).isEqualTo("IN_EFFECT_ON_AS_OF");
        assertThat(result.path("applications").asLong()).isGreaterThanOrEqualTo(applications.size());
        assertThat(result.path("becameIneligible").asLong()).isGreaterThanOrEqualTo(applications.size());
        assertThat(result.path("byClause").path("P06").path("becameNotMet").asLong())
                .isGreaterThanOrEqualTo(applications.size());
        assertThat(result.path("byClause").has("P03")).isFalse(); // unchanged clauses are not listed
        assertThat(result.path("byCity").path("411600").path("becameIneligible").asLong())
                .isGreaterThanOrEqualTo(2);
        assertThat(result.path("byCity").path("410100").path("becameIneligible").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(result.path("incentives").isObject()).isTrue();

        var csv = editor.api().get("/api/v1/rulesets/" + draft + "/impact/" + jobId + ".csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(Arrays.copyOf(csv.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var rows = rowsByNumber(csv);
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("申报编号");
        for (DraftApplication application : applications) {
            var row = rows.get(application.application().number());
            assertThat(row).as(application.application().number()).isNotNull();
            assertThat(row)
                    .startsWith(application.application().number() + ","
                            + application.application().cityCode() + ","
                            + application.application().countyCode() + ",true,false,");
            assertThat(row).contains("P06 MET→NOT_MET");
        }
        assertThat(editor.api()
                        .get("/api/v1/rulesets/" + draft + "/impact/" + jobId + "/csv")
                        .status())
                .isEqualTo(200);
        assertThat(audit.trailOf("RULESET", String.valueOf(draft)))
                .extracting(AuditRecord::action)
                .contains("RULESET_IMPACT_REQUESTED");
    }

    @Test
    void unchangedCopy_changesNothingForOurApplications() {
        var application = given.submittedEligibleApplication("411602");
        int draft = editor.draftOf(1, "影响分析：原样复制");

        var started = editor.api().post("/api/v1/rulesets/" + draft + "/impact", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        var job = awaitDone(draft, started.json().path("jobId").asLong());

        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        var listed =
                editor.api().get("/api/v1/rulesets/" + draft + "/impact").json().path("items");
        assertThat(listed.get(0).path("jobId").asLong())
                .isEqualTo(job.path("jobId").asLong());
        assertThat(listed.get(0).path("status").asText()).isEqualTo("DONE");
        var csv = editor.api()
                .get("/api/v1/rulesets/" + draft + "/impact/"
                        + job.path("jobId").asLong() + ".csv");
        assertThat(rowsByNumber(csv))
                .doesNotContainKey(application.application().number());
    }

    @Test
    void unknownJob_isNotFound_andOtherStaffAreRefused() {
        assertThat(editor.api().get("/api/v1/rulesets/1/impact/987654321").status())
                .isEqualTo(404);
        assertThat(editor.api().post("/api/v1/rulesets/987654/impact", "").status())
                .isEqualTo(404);
        var reviewer = given.staff(Role.PROVINCE_REVIEWER, "410000");
        assertThat(api.as(reviewer.username(), cn.henan.cjrh.support.Fixtures.PASSWORD)
                        .post("/api/v1/rulesets/1/impact", "")
                        .status())
                .isEqualTo(403);
    }

    /** Polls the job until it is no longer RUNNING (bounded). */
    private JsonNode awaitDone(int version, long jobId) {
        var deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            Response response = editor.api().get("/api/v1/rulesets/" + version + "/impact/" + jobId);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            var job = response.json();
            if (!job.path("status").asText().equals("RUNNING")) {
                return job;
            }
            assertThat(Instant.now()).as("impact job still running: " + job).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, String> rowsByNumber(Response csv) {
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        var text = new String(csv.bytes(), StandardCharsets.UTF_8);
        return text.lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(',')), line -> line, (a, b) -> a));
    }
}
