package cn.henan.cjrh.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.ApiClient;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reviewer jurisdiction of the demo data against every application: nothing outside the reviewer's scope is
 * visible (application, task, evidence) or actionable (claim).
 */
class JurisdictionIsolationIT extends IntegrationTest {
    /** The demo's reviewer jurisdictions (DESIGN.md §5). */
    private static final List<Scope> REVIEWERS = List.of(
            new Scope(Role.COUNTY_REVIEWER, "411602"),
            new Scope(Role.COUNTY_REVIEWER, "411621"),
            new Scope(Role.COUNTY_REVIEWER, "411628"),
            new Scope(Role.COUNTY_REVIEWER, "410103"),
            new Scope(Role.CITY_REVIEWER, "411600"),
            new Scope(Role.CITY_REVIEWER, "410100"),
            new Scope(Role.CITY_REVIEWER, "411200"),
            new Scope(Role.CITY_REVIEWER, "419001"),
            new Scope(Role.PROVINCE_REVIEWER, "410000"));

    /** Applications in 川汇, 扶沟, 鹿邑 (省直管), 二七, 湖滨 (三门峡) and 济源 (its own city, no county step). */
    private static final List<String> COUNTIES = List.of("411602", "411621", "411628", "410103", "411202", "419001");

    @Test
    void everyReviewer_seesAndActsOnExactlyWhatTheirJurisdictionCovers() {
        var applications =
                COUNTIES.stream().map(given::submittedEligibleApplication).toList();
        for (var scope : REVIEWERS) {
            var reviewer = api.as(given.staff(scope.role(), scope.code()).username(), Fixtures.PASSWORD);
            var queue =
                    reviewer.get("/api/v1/tasks?size=200").json().path("items").findValuesAsText("applicationNumber");
            var listed = reviewer.get("/api/v1/applications?size=200")
                    .json()
                    .path("items")
                    .findValuesAsText("number");
            for (var application : applications) {
                var county = application.enterprise().countyCode();
                var label = scope + " vs " + county;
                boolean sees = sees(scope, county);
                assertThat(reviewer.get("/api/v1/applications/" + application.id())
                                .status())
                        .as(label)
                        .isEqualTo(sees ? 200 : 404);
                assertThat(listed.contains(application.application().number()))
                        .as(label + " list")
                        .isEqualTo(sees);
                boolean owns = firstStepBelongsTo(scope, county);
                assertThat(queue.contains(application.application().number()))
                        .as(label + " queue")
                        .isEqualTo(owns);
                if (!owns) {
                    assertThat(reviewer.post("/api/v1/tasks/" + openTaskId(application) + "/claim", "")
                                    .status())
                            .as(label + " claim")
                            .isEqualTo(404);
                }
            }
        }
    }

    /** DESIGN.md §1: county its county; city its counties except 省直管县 (济源 is its own); the province all. */
    private static boolean sees(Scope scope, String county) {
        return switch (scope.role()) {
            case COUNTY_REVIEWER -> scope.code().equals(county);
            case CITY_REVIEWER ->
                scope.code().equals(county)
                        || (county.startsWith(scope.code().substring(0, 4))
                                && !county.equals("411628")
                                && !scope.code().equals("419001"));
            default -> true;
        };
    }

    /** A fresh eligible submission waits at county review, or at municipal review in 济源. */
    private static boolean firstStepBelongsTo(Scope scope, String county) {
        return county.equals("419001")
                ? scope.role() == Role.CITY_REVIEWER && scope.code().equals("419001")
                : scope.role() == Role.COUNTY_REVIEWER && scope.code().equals(county);
    }

    private String openTaskId(DraftApplication application) {
        var province = api.as(given.staff(Role.PROVINCE_REVIEWER, "410000").username(), Fixtures.PASSWORD);
        return taskIdVia(province, application).orElseGet(() -> taskIdViaOwner(application));
    }

    private java.util.Optional<String> taskIdVia(ApiClient reviewer, DraftApplication application) {
        for (var item : reviewer.get("/api/v1/tasks?size=200").json().path("items")) {
            if (item.path("applicationId").asLong() == application.id()) {
                return java.util.Optional.of(item.path("id").asText());
            }
        }
        return java.util.Optional.empty();
    }

    private String taskIdViaOwner(DraftApplication application) {
        var county = application.enterprise().countyCode();
        var owner = county.equals("419001")
                ? given.staff(Role.CITY_REVIEWER, "419001")
                : given.staff(Role.COUNTY_REVIEWER, county);
        return taskIdVia(api.as(owner.username(), Fixtures.PASSWORD), application)
                .orElseThrow();
    }

    private record Scope(Role role, String code) {
        @Override
        public String toString() {
            return role + ":" + code;
        }
    }
}
