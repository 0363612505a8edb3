package cn.henan.cjrh.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.CertificationPlatform;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.ApiClient;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.IntegrationTest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL (DESIGN.md §7): the test's own context is node 1, and a second, complete
 * platform starts in the same JVM against the same database (its own Camunda engine, ruleset runtime, web server). A
 * ruleset version approved on node 1 decides on node 2 within seconds (node 2 polls every second here, every five by
 * default); an application submitted on node 1 is reviewed on node 2, and two reviewers claiming one task on the two
 * nodes at once get exactly one claim.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT extends IntegrationTest {
    /** Far enough ahead that no other test's assessment is dated then. */
    private static final LocalDate NODE_TWO_YEAR = LocalDate.of(2093, 1, 1);

    /** The poll (1 s here) plus compiling the version on node two, with room for a loaded CI machine. */
    private static final Duration PICKUP = Duration.ofSeconds(15);

    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext nodeTwo;
    private ApiClient nodeTwoApi;

    @BeforeAll
    void startNodeTwo() throws SQLException {
        String url;
        String username;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            username = connection.getMetaData().getUserName();
        }
        // Default properties rank below the environment, so a SPRING_DATASOURCE_* server the suite runs against wins;
        // the arguments rank above application-test.yaml.
        nodeTwo = new SpringApplicationBuilder(CertificationPlatform.class)
                .profiles("test")
                .properties(Map.of("spring.datasource.url", url, "spring.datasource.username", username))
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        // one JVM holds both engines, and Camunda keeps a static registry of engines by name
                        "--camunda.bpm.process-engine-name=node-two",
                        "--cjrh.rules.sync-interval=PT1S");
        int port = ((WebServerApplicationContext) nodeTwo).getWebServer().getPort();
        nodeTwoApi = new ApiClient("http://localhost:" + port);
    }

    @AfterAll
    void stopNodeTwo() {
        if (nodeTwo != null) {
            nodeTwo.close();
        }
    }

    @Test
    void versionApprovedOnNodeOne_decidesOnNodeTwo_withinSeconds() throws InterruptedException {
        var editor = staff(api, Role.POLICY_EDITOR);
        var approver = staff(api, Role.POLICY_APPROVER);
        var created = editor.post("/api/v1/rulesets", Map.of("baseVersion", 1, "changeNote", "两节点：节点一发布"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        int version = created.json().path("version").asInt();
        assertThat(editor.post("/api/v1/rulesets/" + version + "/submit", "").status())
                .isEqualTo(200);
        var nodeTwoEditor = staff(nodeTwoApi, Role.POLICY_EDITOR);
        int before = versionDecidingOn(nodeTwoEditor);
        assertThat(before).isNotEqualTo(version);

        var approved = approver.post(
                "/api/v1/rulesets/" + version + "/approve", Map.of("effectiveFrom", NODE_TWO_YEAR.toString()));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        var approvedAt = Instant.now();

        int seen = before;
        while (seen != version && Instant.now().isBefore(approvedAt.plus(PICKUP))) {
            Thread.sleep(200);
            seen = versionDecidingOn(nodeTwoEditor);
        }
        assertThat(seen)
                .as("node two decides with the version node one approved")
                .isEqualTo(version);
        var took = Duration.between(approvedAt, Instant.now());
        System.out.printf("Node two picked up ruleset version %d %d ms after its approval%n", version, took.toMillis());
        assertThat(took).isLessThan(PICKUP);
    }

    @Test
    void applicationSubmittedOnNodeOne_isReviewedOnNodeTwo() {
        var draft = given.submittedEligibleApplication("411602");
        var county = staff(nodeTwoApi, Role.COUNTY_REVIEWER, "411602");
        var task = countyTaskOf(county, draft);

        assertThat(county.post("/api/v1/tasks/" + task + "/claim", "").status()).isEqualTo(200);
        var decided = county.post("/api/v1/tasks/" + task + "/decision", Map.of("outcome", "APPROVE", "comment", "同意"));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(given.reload(draft).status().name())
                .as("node one sees the process moved on by node two")
                .isEqualTo("MUNICIPAL_REVIEW");
    }

    @Test
    void twoReviewersClaimingOneTaskOnTwoNodes_exactlyOneGetsIt() throws Exception {
        var draft = given.submittedEligibleApplication("411602");
        var onNodeOne = staff(api, Role.COUNTY_REVIEWER, "411602");
        var onNodeTwo = staff(nodeTwoApi, Role.COUNTY_REVIEWER, "411602");
        var task = countyTaskOf(onNodeOne, draft);

        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        try {
            var claims = new ArrayList<Future<Integer>>();
            for (var reviewer : List.of(onNodeOne, onNodeTwo)) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return reviewer.post("/api/v1/tasks/" + task + "/claim", "").status();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var claim : claims) {
                statuses.add(claim.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    private int versionDecidingOn(ApiClient client) {
        var response = client.post(
                "/api/v1/assessments",
                Map.of(
                        "form", Map.of("basic", Map.of("registeredInHenanSince", "2020-01-01")),
                        "jurisdictionCode", "411602",
                        "asOf", NODE_TWO_YEAR.toString()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("rulesetVersion").asInt();
    }

    private String countyTaskOf(ApiClient reviewer, DraftApplication draft) {
        var items =
                reviewer.get("/api/v1/tasks?size=200&step=COUNTY_REVIEW").json().path("items");
        for (var item : items) {
            if (item.path("applicationId").asLong() == draft.id()) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError(
                "no county review task for " + draft.application().number());
    }

    private ApiClient staff(ApiClient node, Role role) {
        return staff(node, role, "410000");
    }

    private ApiClient staff(ApiClient node, Role role, String jurisdiction) {
        return node.as(given.staff(role, jurisdiction).username(), Fixtures.PASSWORD);
    }
}
