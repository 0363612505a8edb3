package cn.henan.cjrh.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationForm.Basic;
import cn.henan.cjrh.rules.AssessmentRequest;
import cn.henan.cjrh.rules.Assessor;
import cn.henan.cjrh.rules.FindingStatus;
import cn.henan.cjrh.rules.JurisdictionChain;
import cn.henan.cjrh.rules.Parameter;
import cn.henan.cjrh.rules.Ruleset;
import cn.henan.cjrh.rules.RulesetFiles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RulesRuntimeTest {
    private static final LocalDate V1_FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate V2_FROM = LocalDate.of(2026, 1, 1);
    /** Registered 2022-01-01: 4 full years on 2026-06-01, enough under v1 (3 years), not under v2 (5 years). */
    private static final ApplicationForm FOUR_YEARS_OLD = new ApplicationForm(
            new Basic(LocalDate.of(2022, 1, 1), true, true, false, true, false, null),
            null,
            null,
            null,
            null,
            null,
            null);

    @Test
    void assessment_usesTheVersionInEffectOnItsDate() {
        var runtime = new RulesRuntime();
        runtime.publish(new PublishedVersion(1, V1_FROM, Instant.parse("2019-01-01T00:00:00Z")), Ruleset.files());
        runtime.publish(new PublishedVersion(2, V2_FROM, Instant.parse("2025-12-01T00:00:00Z")), fiveYears());
        var assessor = assessor(runtime);

        var before = assessor.assess(new AssessmentRequest(FOUR_YEARS_OLD, "411602", LocalDate.of(2025, 12, 31)));
        var after = assessor.assess(new AssessmentRequest(FOUR_YEARS_OLD, "411602", LocalDate.of(2026, 6, 1)));

        assertThat(before.rulesetVersion()).isEqualTo(1);
        assertThat(after.rulesetVersion()).isEqualTo(2);
        assertThat(e01(after)).isEqualTo(FindingStatus.NOT_MET);
        assertThat(e01(assessor.assess(new AssessmentRequest(FOUR_YEARS_OLD, "411602", LocalDate.of(2026, 6, 1)), 1)))
                .as("replaying with version 1")
                .isEqualTo(FindingStatus.MET);
    }

    @Test
    void twoVersionsEffectiveTheSameDay_theLaterApprovalWins() {
        var runtime = new RulesRuntime();
        runtime.publish(new PublishedVersion(3, V2_FROM, Instant.parse("2025-12-02T00:00:00Z")), Ruleset.files());
        runtime.publish(new PublishedVersion(2, V2_FROM, Instant.parse("2025-12-01T00:00:00Z")), Ruleset.files());

        assertThat(runtime.inEffectOn(V2_FROM))
                .get()
                .extracting(CompiledRuleset::version)
                .isEqualTo(3);
        assertThat(runtime.inEffectOn(V2_FROM.minusDays(1))).isEmpty();
    }

    @Test
    void aVersion_isBuiltOnce_andCanBeRetired() {
        var runtime = new RulesRuntime();
        var first = runtime.publish(new PublishedVersion(1, V1_FROM, Instant.EPOCH), Ruleset.files());
        var again = runtime.publish(new PublishedVersion(1, V1_FROM, Instant.EPOCH), Ruleset.files());

        assertThat(again).isSameAs(first);

        runtime.retire(1);

        assertThat(runtime.published()).isEmpty();
        assertThatThrownBy(() -> runtime.version(1)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void evaluationsDuringARebuild_allSucceed_andSeeAWholeVersion() throws Exception {
        var runtime = new RulesRuntime();
        runtime.publish(new PublishedVersion(1, V1_FROM, Instant.EPOCH), Ruleset.files());
        var assessor = assessor(runtime);
        var request = new AssessmentRequest(FOUR_YEARS_OLD, "411602", LocalDate.of(2026, 6, 1));
        var versionsSeen = ConcurrentHashMap.<Integer>newKeySet();
        var started = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(5);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int thread = 0; thread < 4; thread++) {
                tasks.add(() -> {
                    started.await();
                    for (int i = 0; i < 40; i++) {
                        var assessment = assessor.assess(request);
                        var expected = assessment.rulesetVersion() == 1 ? FindingStatus.MET : FindingStatus.NOT_MET;
                        assertThat(e01(assessment)).isEqualTo(expected);
                        versionsSeen.add(assessment.rulesetVersion());
                    }
                    return null;
                });
            }
            tasks.add(() -> {
                started.await();
                runtime.publish(new PublishedVersion(2, V2_FROM, Instant.parse("2025-12-01T00:00:00Z")), fiveYears());
                return null;
            });
            var futures = tasks.stream().map(pool::submit).toList();
            started.countDown();
            for (var future : futures) {
                future.get(2, TimeUnit.MINUTES); // rethrows any failed assessment
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(versionsSeen).isSubsetOf(Set.of(1, 2)).isNotEmpty();
        assertThat(assessor.assess(request).rulesetVersion()).isEqualTo(2);
    }

    private static FindingStatus e01(cn.henan.cjrh.rules.Assessment assessment) {
        return assessment.findings().stream()
                .filter(f -> f.clause().equals("E01"))
                .findFirst()
                .orElseThrow()
                .status();
    }

    private static Assessor assessor(RulesRuntime runtime) {
        return new Assessor(runtime, JurisdictionChain.gbT2260(), Clock.systemUTC());
    }

    /** Version 1 with basic.minYearsRegistered raised to 5. */
    private static RulesetFiles fiveYears() {
        var files = Ruleset.files();
        var parameters = new ArrayList<Parameter>();
        for (var parameter : files.parameters()) {
            parameters.add(
                    parameter.getKey().equals("basic.minYearsRegistered")
                            ? new Parameter(parameter.getKey(), "410000", new BigDecimal("5"), "years", "测试：江苏为 5 年")
                            : parameter);
        }
        return new RulesetFiles(files.drl(), parameters, List.of());
    }
}
