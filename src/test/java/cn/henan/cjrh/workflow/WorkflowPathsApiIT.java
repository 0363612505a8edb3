package cn.henan.cjrh.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.ApiClient;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The process paths of CertificationProcessTest, driven through the HTTP API as reviewers and enterprises use it. */
class WorkflowPathsApiIT extends IntegrationTest {

    @Test
    void provinceAdministeredCounty_goesFromCountyToProvince() {
        var luyi = given.submittedEligibleApplication("411628"); // 鹿邑县

        decide(Role.COUNTY_REVIEWER, "411628", luyi, "COUNTY_REVIEW", "APPROVE");

        assertThat(status(luyi)).isEqualTo("PROVINCIAL_REVIEW");
        assertThat(queue(Role.CITY_REVIEWER, "411600"))
                .doesNotContain(luyi.application().number());
        assertThat(queue(Role.PROVINCE_REVIEWER, "410000"))
                .contains(luyi.application().number());
    }

    @Test
    void jiyuan_startsAtMunicipalReview() {
        var jiyuan = given.submittedEligibleApplication("419001");

        assertThat(status(jiyuan)).isEqualTo("MUNICIPAL_REVIEW");
        decide(Role.CITY_REVIEWER, "419001", jiyuan, "MUNICIPAL_REVIEW", "APPROVE");
        assertThat(status(jiyuan)).isEqualTo("PROVINCIAL_REVIEW");
    }

    @Test
    void rejectAtEachLevel_isTerminal() {
        var atCounty = given.submittedEligibleApplication("411602");
        var atCity = given.submittedEligibleApplication("411602");
        var atProvince = given.submittedEligibleApplication("411602");

        decide(Role.COUNTY_REVIEWER, "411602", atCounty, "COUNTY_REVIEW", "REJECT");
        approveTo(atCity, "MUNICIPAL_REVIEW");
        decide(Role.CITY_REVIEWER, "411600", atCity, "MUNICIPAL_REVIEW", "REJECT");
        approveTo(atProvince, "PROVINCIAL_REVIEW");
        decide(Role.PROVINCE_REVIEWER, "410000", atProvince, "PROVINCIAL_REVIEW", "REJECT");

        for (var rejected : new DraftApplication[] {atCounty, atCity, atProvince}) {
            assertThat(status(rejected)).isEqualTo("REJECTED");
            var resubmit = owner(rejected).post("/api/v1/applications/" + rejected.id() + "/submit", "");
            assertThat(resubmit.status()).as("a rejection is final").isEqualTo(409);
        }
    }

    @Test
    void returnsAtCityAndProvince_comeBackToThatLevel() {
        var draft = given.submittedEligibleApplication("411602");
        approveTo(draft, "MUNICIPAL_REVIEW");

        decide(Role.CITY_REVIEWER, "411600", draft, "MUNICIPAL_REVIEW", "RETURN");
        editAndResubmit(draft);
        assertThat(status(draft)).isEqualTo("MUNICIPAL_REVIEW");

        decide(Role.CITY_REVIEWER, "411600", draft, "MUNICIPAL_REVIEW", "APPROVE");
        decide(Role.PROVINCE_REVIEWER, "410000", draft, "PROVINCIAL_REVIEW", "RETURN");
        editAndResubmit(draft);
        assertThat(status(draft)).isEqualTo("PROVINCIAL_REVIEW");
    }

    @Test
    void objectionUpheld_returnsToProvincialReview_orRejects() {
        var back = inPublicity();
        var rejected = inPublicity();

        objectAndDecide(back, "RETURN");
        objectAndDecide(rejected, "REJECT");

        assertThat(status(back)).isEqualTo("PROVINCIAL_REVIEW");
        assertThat(status(rejected)).isEqualTo("REJECTED");
        var listed = api.get("/api/v1/publicity").json().path("items").findValuesAsText("applicationNumber");
        assertThat(listed)
                .doesNotContain(
                        back.application().number(), rejected.application().number());
    }

    @Test
    void notResubmittedBeforeTheDeadline_isWithdrawn() {
        var draft = given.submittedEligibleApplication("411602");
        decide(Role.COUNTY_REVIEWER, "411602", draft, "COUNTY_REVIEW", "RETURN");

        given.runTimer(draft, CertificationProcess.Events.REVISION_DEADLINE);

        assertThat(status(draft)).isEqualTo("WITHDRAWN");
        assertThat(owner(draft)
                        .post("/api/v1/applications/" + draft.id() + "/submit", "")
                        .status())
                .isEqualTo(409);
    }

    private DraftApplication inPublicity() {
        var draft = given.submittedEligibleApplication("411602");
        approveTo(draft, "PUBLICITY");
        return draft;
    }

    /** Approves level by level until the application reaches {@code status}. */
    private void approveTo(DraftApplication draft, String target) {
        var steps = new String[][] {
            {"COUNTY_REVIEW", "COUNTY_REVIEWER", "411602"},
            {"MUNICIPAL_REVIEW", "CITY_REVIEWER", "411600"},
            {"PROVINCIAL_REVIEW", "PROVINCE_REVIEWER", "410000"}
        };
        for (var step : steps) {
            if (status(draft).equals(target)) {
                return;
            }
            decide(Role.valueOf(step[1]), step[2], draft, step[0], "APPROVE");
        }
        assertThat(status(draft)).isEqualTo(target);
    }

    private void objectAndDecide(DraftApplication draft, String outcome) {
        var objection = api.post(
                "/api/v1/publicity/" + draft.id() + "/objections",
                Map.of("name", "李某", "contact", "13900000000", "reason", "该企业存在重大安全事故未如实申报，请核查。"));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        decide(Role.PROVINCE_REVIEWER, "410000", draft, "OBJECTION_CHECK", outcome);
    }

    private void decide(Role role, String jurisdiction, DraftApplication draft, String step, String outcome) {
        var reviewer = api.as(given.staff(role, jurisdiction).username(), Fixtures.PASSWORD);
        String task = null;
        for (var item :
                reviewer.get("/api/v1/tasks?size=200&step=" + step).json().path("items")) {
            if (item.path("applicationId").asLong() == draft.id()) {
                task = item.path("id").asText();
            }
        }
        assertThat(task).as(step + " task of " + draft.application().number()).isNotNull();
        assertThat(reviewer.post("/api/v1/tasks/" + task + "/claim", "").status())
                .isEqualTo(200);
        var comment = outcome.equals("APPROVE") ? "同意" : "请补充材料";
        var decided =
                reviewer.post("/api/v1/tasks/" + task + "/decision", Map.of("outcome", outcome, "comment", comment));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    private void editAndResubmit(DraftApplication draft) {
        var client = owner(draft);
        var view = client.get("/api/v1/applications/" + draft.id()).json();
        var workforce = (com.fasterxml.jackson.databind.node.ObjectNode)
                view.path("form").path("workforce");
        workforce.put("internshipPosts", workforce.path("internshipPosts").asInt() + 1); // the requested change
        var saved = client.put(
                "/api/v1/applications/" + draft.id(),
                Map.of("version", view.path("version").asInt(), "form", view.path("form")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(client.post("/api/v1/applications/" + draft.id() + "/submit", "")
                        .status())
                .isEqualTo(200);
    }

    private ApiClient owner(DraftApplication draft) {
        return api.as(draft.enterprise().username(), Fixtures.PASSWORD);
    }

    private String status(DraftApplication draft) {
        return owner(draft)
                .get("/api/v1/applications/" + draft.id())
                .json()
                .path("status")
                .asText();
    }

    private java.util.List<String> queue(Role role, String jurisdiction) {
        var reviewer = api.as(given.staff(role, jurisdiction).username(), Fixtures.PASSWORD);
        return reviewer.get("/api/v1/tasks?size=200").json().path("items").findValuesAsText("applicationNumber");
    }
}
