package cn.henan.cjrh.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.ApiClient;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.Forms;
import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The certification path through the HTTP API, jurisdiction isolation and concurrent requests. */
class WorkflowApiIT extends IntegrationTest {

    @Test
    void wholePath_submitReviewPublicityObjectionDirectory() {
        var draft = given.draftApplication("411602", Forms.eligible());
        var enterprise = api.as(draft.enterprise().username(), Fixtures.PASSWORD);

        var submitted = enterprise.post("/api/v1/applications/" + draft.id() + "/submit", "");

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().path("status").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(submitted.json().path("dossierVersion").asInt()).isEqualTo(1);
        assertThat(submitted.json().path("assessment").path("eligible").asBoolean())
                .isTrue();
        assertThat(submitted.json().path("assessment").path("rulesetVersion").asInt())
                .isPositive();
        assertThat(submitted.json().path("assessment").path("findings")).isNotEmpty();

        approve(reviewer(Role.COUNTY_REVIEWER, "411602"), draft, "COUNTY_REVIEW");
        approve(reviewer(Role.CITY_REVIEWER, "411600"), draft, "MUNICIPAL_REVIEW");
        approve(reviewer(Role.PROVINCE_REVIEWER, "410000"), draft, "PROVINCIAL_REVIEW");

        assertThat(enterprise
                        .get("/api/v1/applications/" + draft.id())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("PUBLICITY");
        var listed = api.get("/api/v1/publicity").json().path("items");
        assertThat(listed.findValuesAsText("applicationNumber"))
                .contains(draft.application().number());

        var objection = api.post(
                "/api/v1/publicity/" + draft.id() + "/objections",
                Map.of("name", "王某", "contact", "13800000000", "reason", "该企业实际校企合作人数与申报不符，请核查。"));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        var province = reviewer(Role.PROVINCE_REVIEWER, "410000");
        var check = taskOf(province, draft, "OBJECTION_CHECK");
        assertThat(province.post("/api/v1/tasks/" + check + "/claim", "").status())
                .isEqualTo(200);
        assertThat(province.post(
                                "/api/v1/tasks/" + check + "/decision",
                                Map.of("outcome", "APPROVE", "comment", "经核查异议不成立"))
                        .status())
                .isEqualTo(200);

        given.endPublicity(draft);

        var certified = enterprise.get("/api/v1/applications/" + draft.id()).json();
        assertThat(certified.path("status").asText()).isEqualTo("CERTIFIED");
        var directory = api.get("/api/v1/directory?q=" + draft.enterprise().uscc())
                .json()
                .path("items");
        assertThat(directory.findValuesAsText("applicationNumber"))
                .contains(draft.application().number());
        var incentives = enterprise
                .get("/api/v1/enterprises/" + draft.enterprise().id() + "/incentives")
                .json();
        assertThat(incentives.path("items").findValuesAsText("code")).contains("FISCAL_SURCHARGE_OFFSET");
        assertThat(certified.path("history").findValuesAsText("action"))
                .contains("SUBMITTED", "PRE_CHECK_PASSED", "REVIEW_DECIDED", "CERTIFIED");
    }

    @Test
    void returnWithFieldComments_isShownToTheEnterprise_andResubmissionComesBackToTheCounty() {
        var draft = given.submittedEligibleApplication("411602");
        var county = reviewer(Role.COUNTY_REVIEWER, "411602");
        var task = taskOf(county, draft, "COUNTY_REVIEW");
        county.post("/api/v1/tasks/" + task + "/claim", "");

        var withoutComment = county.post("/api/v1/tasks/" + task + "/decision", Map.of("outcome", "RETURN"));
        var returned = county.post(
                "/api/v1/tasks/" + task + "/decision",
                Map.of(
                        "outcome", "RETURN",
                        "comment", "请补充培训名单",
                        "fieldComments",
                                List.of(Map.of(
                                        "field", "participation.cooperations[0].peopleTrained", "comment", "人数需附名单"))));

        assertThat(withoutComment.status()).isEqualTo(400);
        assertThat(withoutComment.fieldError("comment")).contains("退回修改须填写审核意见");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        var enterprise = api.as(draft.enterprise().username(), Fixtures.PASSWORD);
        var view = enterprise.get("/api/v1/applications/" + draft.id()).json();
        assertThat(view.path("status").asText()).isEqualTo("RETURNED");
        assertThat(view.path("returns").get(0).path("level").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(view.path("returns")
                        .get(0)
                        .path("fieldComments")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("participation.cooperations[0].peopleTrained");

        var unchanged = enterprise.post("/api/v1/applications/" + draft.id() + "/submit", "");
        assertThat(unchanged.status()).as("nothing changed since the return").isEqualTo(409);
        var form = view.path("form");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        form.path("participation").path("cooperations").get(0))
                .put("peopleTrained", 80);
        enterprise.put(
                "/api/v1/applications/" + draft.id(),
                Map.of("version", view.path("version").asInt(), "form", form));
        var resubmitted = enterprise.post("/api/v1/applications/" + draft.id() + "/submit", "");

        assertThat(resubmitted.json().path("status").asText()).isEqualTo("COUNTY_REVIEW");
        var diff = county.get("/api/v1/applications/" + draft.id() + "/versions/1/diff?to=2")
                .json();
        assertThat(diff.path("changes").get(0).path("field").asText())
                .isEqualTo("participation.cooperations[0].peopleTrained");
    }

    @Test
    void ineligibleSubmission_isReturnedWithItsFindings() {
        var draft = given.draftApplication("411602", Forms.blacklisted());

        var submitted = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .post("/api/v1/applications/" + draft.id() + "/submit", "");

        assertThat(submitted.json().path("status").asText()).isEqualTo("RETURNED");
        assertThat(submitted.json().path("assessment").path("eligible").asBoolean())
                .isFalse();
        assertThat(submitted.json().path("assessment").path("findings").toString())
                .contains("E06");
    }

    @Test
    void submissionBeforeTheBatchOpens_isConflict() {
        var enterprise = api.as(given.registeredEnterprise("411602").username(), Fixtures.PASSWORD);
        var admin = api.as(given.staff(Role.ADMIN, "410000").username(), Fixtures.PASSWORD);
        var taken = admin.get("/api/v1/batches").json().findValuesAsText("year");
        int year = 2100;
        while (taken.contains(String.valueOf(year))) {
            year--;
        }
        var notYetOpen = admin.post(
                "/api/v1/batches",
                Map.of("year", year, "opensAt", "2999-01-01T00:00:00Z", "closesAt", "2999-12-31T00:00:00Z"));
        var created = enterprise.post(
                "/api/v1/applications",
                Map.of("batchId", notYetOpen.json().path("id").asLong()));

        var submitted = enterprise.post(
                "/api/v1/applications/" + created.json().path("id").asLong() + "/submit", "");

        assertThat(submitted.status()).isEqualTo(409);
        assertThat(submitted.json().path("detail").asText()).contains("不在开放时间内");
        assertThat(enterprise
                        .get("/api/v1/applications/" + created.json().path("id").asLong())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("DRAFT");
    }

    @Test
    void reviewers_seeAndActOnlyWithinTheirJurisdiction() {
        var chuanhui = given.submittedEligibleApplication("411602");
        var luyi = given.submittedEligibleApplication("411628");
        var erqi = given.submittedEligibleApplication("410103");
        var applications = List.of(chuanhui, luyi, erqi);
        var reviewers = Map.of(
                "411602", reviewer(Role.COUNTY_REVIEWER, "411602"),
                "411621", reviewer(Role.COUNTY_REVIEWER, "411621"),
                "411628", reviewer(Role.COUNTY_REVIEWER, "411628"),
                "410103", reviewer(Role.COUNTY_REVIEWER, "410103"));

        for (var entry : reviewers.entrySet()) {
            var queue = entry.getValue().get("/api/v1/tasks?size=200").json().path("items");
            for (var application : applications) {
                boolean own = application.enterprise().countyCode().equals(entry.getKey());
                assertThat(queue.findValuesAsText("applicationNumber")
                                .contains(application.application().number()))
                        .as(entry.getKey() + " sees "
                                + application.application().number())
                        .isEqualTo(own);
                assertThat(entry.getValue()
                                .get("/api/v1/applications/" + application.id())
                                .status())
                        .isEqualTo(own ? 200 : 404);
            }
        }
        var chuanhuiTask = taskOf(reviewers.get("411602"), chuanhui, "COUNTY_REVIEW");
        assertThat(reviewers
                        .get("411621")
                        .post("/api/v1/tasks/" + chuanhuiTask + "/claim", "")
                        .status())
                .isEqualTo(404);
        assertThat(reviewer(Role.CITY_REVIEWER, "411600")
                        .post("/api/v1/tasks/" + chuanhuiTask + "/claim", "")
                        .status())
                .as("the city waits for the county")
                .isEqualTo(404);
    }

    @Test
    void twoSubmissionsAtOnce_startOneProcess() throws Exception {
        var draft = given.draftApplication("411602", Forms.eligible());
        var enterprise = api.as(draft.enterprise().username(), Fixtures.PASSWORD);

        var statuses = concurrently(2, () -> enterprise
                .post("/api/v1/applications/" + draft.id() + "/submit", "")
                .status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(given.reload(draft).dossierVersion()).isEqualTo(1);
    }

    @Test
    void twoDecisionsAtOnce_exactlyOneWins() throws Exception {
        var draft = given.submittedEligibleApplication("411602");
        var county = reviewer(Role.COUNTY_REVIEWER, "411602");
        var task = taskOf(county, draft, "COUNTY_REVIEW");
        county.post("/api/v1/tasks/" + task + "/claim", "");

        var statuses = concurrently(2, () -> county.post(
                        "/api/v1/tasks/" + task + "/decision", Map.of("outcome", "APPROVE", "comment", "同意"))
                .status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(county.post("/api/v1/tasks/" + task + "/decision", Map.of("outcome", "APPROVE"))
                        .status())
                .as("a decision on a completed task")
                .isIn(404, 409);
    }

    @Test
    void twoClaimsAtOnce_oneWins_andTheOtherCannotDecide() throws Exception {
        var draft = given.submittedEligibleApplication("411602");
        var first = reviewer(Role.COUNTY_REVIEWER, "411602");
        var second = reviewer(Role.COUNTY_REVIEWER, "411602");
        var task = taskOf(first, draft, "COUNTY_REVIEW");

        var clients = List.of(first, second);
        var statuses = concurrently(2, new Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger next =
                    new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Integer call() {
                return clients.get(next.getAndIncrement())
                        .post("/api/v1/tasks/" + task + "/claim", "")
                        .status();
            }
        });

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        var holder = first.get("/api/v1/tasks/" + task).json().path("assignee").asText();
        var loser =
                holder.equals(second.get("/api/v1/me").json().path("username").asText()) ? first : second;
        assertThat(loser.post("/api/v1/tasks/" + task + "/decision", Map.of("outcome", "APPROVE"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void queue_filtersByStepAndMine_andSortsByDueDate() {
        var first = given.submittedEligibleApplication("411623");
        var second = given.submittedEligibleApplication("411623");
        var county = reviewer(Role.COUNTY_REVIEWER, "411623");
        var task = taskOf(county, first, "COUNTY_REVIEW");
        county.post("/api/v1/tasks/" + task + "/claim", "");

        var mine = county.get("/api/v1/tasks?assignee=me").json();
        var all = county.get("/api/v1/tasks?step=COUNTY_REVIEW&size=200").json();
        var overdue = county.get("/api/v1/tasks?overdue=true").json();

        assertThat(mine.path("items").findValuesAsText("applicationNumber"))
                .containsExactly(first.application().number());
        assertThat(all.path("items").findValuesAsText("applicationNumber"))
                .contains(first.application().number(), second.application().number());
        var dueDates = all.path("items").findValuesAsText("dueAt");
        assertThat(dueDates).isSorted();
        assertThat(overdue.path("items").findValuesAsText("applicationNumber"))
                .doesNotContain(first.application().number());
        assertThat(all.path("items").get(0).path("enterpriseName").asText()).isNotBlank();
    }

    private ApiClient reviewer(Role role, String jurisdiction) {
        return api.as(given.staff(role, jurisdiction).username(), Fixtures.PASSWORD);
    }

    private String taskOf(ApiClient reviewer, DraftApplication draft, String step) {
        JsonNode items =
                reviewer.get("/api/v1/tasks?size=200&step=" + step).json().path("items");
        for (var item : items) {
            if (item.path("applicationId").asLong() == draft.id()) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError(
                "no " + step + " task for " + draft.application().number() + " in " + items);
    }

    private void approve(ApiClient reviewer, DraftApplication draft, String step) {
        var task = taskOf(reviewer, draft, step);
        assertThat(reviewer.post("/api/v1/tasks/" + task + "/claim", "").status())
                .isEqualTo(200);
        var decided =
                reviewer.post("/api/v1/tasks/" + task + "/decision", Map.of("outcome", "APPROVE", "comment", "同意"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    private static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
