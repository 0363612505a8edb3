package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.rules.runtime.RulesRuntime;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Ruleset version 1 lives in PostgreSQL after start-up, and the runtime decides with what is stored there. */
class RulesetStorageIT extends IntegrationTest {
    @Autowired
    RulesetVersions versions;

    @Autowired
    RulesetVersionRepository repository;

    @Autowired
    RulesRuntime runtime;

    @Autowired
    Assessor assessor;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void versionOne_isStoredOnFirstStart_publishedFrom2019BySystem() {
        var version = versions.find(1).orElseThrow();

        assertThat(version.status()).isEqualTo(RulesetStatus.PUBLISHED);
        assertThat(version.effectiveFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(version.baseVersion()).isNull();
        assertThat(version.approved().by()).isEqualTo("system");
        assertThat(version.created().by()).isEqualTo("system");
        assertThat(version.changeNote()).contains("rules/");
        assertThat(version.submitted()).isNull();
        assertThat(version.rejected()).isNull();
        assertThat(audit.trailOf("RULESET", "1")).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("RULESET_PUBLISHED");
            assertThat(record.actor()).isEqualTo("system");
            assertThat(record.details()).containsEntry("effectiveFrom", "2019-01-01");
        });
    }

    @Test
    void versionOne_holdsTheShippedFilesParametersAndTestCases() {
        var shipped = RulesConfiguration.baselineRuleset();

        var stored = versions.content(1);

        assertThat(stored.drl()).isEqualTo(shipped.drl());
        assertThat(stored.parameters()).isEqualTo(shipped.parameters());
        assertThat(stored.tests()).isEqualTo(shipped.tests());
        assertThat(stored.drl()).containsKey("eligibility/E01-registered-three-years.drl");
        assertThat(stored.tests()).hasSizeGreaterThanOrEqualTo(60);
        repository.fileHashes(1).forEach((path, sha256) -> assertThat(sha256)
                .as(path)
                .isEqualTo(RulesetVersionRepository.sha256(stored.drl().get(path))));
    }

    @Test
    void runtime_decidesWithTheStoredVersion_andItsStoredTestCasesPass() {
        var report = new RulesetTestRunner(assessor)
                .run(runtime.version(1), versions.content(1).tests());

        assertThat(runtime.published()).anySatisfy(published -> {
            assertThat(published.version()).isEqualTo(1);
            assertThat(published.effectiveFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        });
        assertThat(report.results()).filteredOn(result -> !result.passed()).isEmpty();
        assertThat(report.passed()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void startingAgain_storesNothingTwice() {
        int files = versions.content(1).drl().size();

        var seeded = versions.seedBaseline(RulesConfiguration.baselineRuleset());
        versions.synchronise();

        assertThat(seeded).isFalse();
        assertThat(versions.content(1).drl()).hasSize(files);
        assertThat(audit.trailOf("RULESET", "1")).hasSize(1);
        assertThat(runtime.published()).filteredOn(p -> p.version() == 1).hasSize(1);
    }

    /**
     * Two nodes starting together on an empty database: both insert the version row; the second waits on the primary
     * key until the first commits and then inserts nothing. Shown on a scratch version number, removed afterwards.
     */
    @Test
    void twoNodesInsertingTheSameVersion_onlyOneWrites() throws Exception {
        int scratch = 1_000_000 + (int) (System.nanoTime() % 1_000_000);
        var firstInserted = new CountDownLatch(1);
        var secondStarted = new CountDownLatch(1);
        try {
            var first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
                var inserted = insertScratch(scratch);
                firstInserted.countDown();
                await(secondStarted);
                sleep(300); // give the second insert time to reach the row lock
                return inserted;
            }));
            await(firstInserted);
            var second = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
                secondStarted.countDown();
                return insertScratch(scratch);
            }));

            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
            assertThat(repository.find(scratch)).isPresent();
        } finally {
            jdbc.sql("delete from ruleset_version where version = :version")
                    .param("version", scratch)
                    .update();
        }
    }

    @Test
    void activeRuleset_isTheVersionInEffectToday() {
        var user = given.staff(Role.COUNTY_REVIEWER, "411602");

        var response = api.as(user.username(), Fixtures.PASSWORD).get("/api/v1/rulesets/active");

        assertThat(response.status()).isEqualTo(200);
        var version = response.json().path("version").asInt();
        var stored = versions.find(version).orElseThrow();
        assertThat(stored.status()).isEqualTo(RulesetStatus.PUBLISHED);
        assertThat(response.json().path("effectiveFrom").asText())
                .isEqualTo(stored.effectiveFrom().toString());
        assertThat(versions.list())
                .as("no other published version is in effect today with a later date")
                .filteredOn(v -> v.status() == RulesetStatus.PUBLISHED)
                .filteredOn(v -> !v.effectiveFrom().isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))))
                .allSatisfy(v -> assertThat(v.effectiveFrom()).isBeforeOrEqualTo(stored.effectiveFrom()));
    }

    @Test
    void activeRuleset_withoutCredentials_isUnauthorized() {
        assertThat(api.get("/api/v1/rulesets/active").status()).isEqualTo(401);
    }

    private boolean insertScratch(int version) {
        // effective far in the future, so even a runtime that picked it up would never decide with it
        return repository.insertPublished(version, null, LocalDate.of(2999, 1, 1), "并发测试", "test", Instant.now());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
