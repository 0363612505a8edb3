package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A build kept for approval belongs to one submission: a version sent back and submitted again is built again. */
class PendingBuildsTest {
    private static final Instant FIRST = Instant.parse("2026-11-23T08:00:00.123456Z");
    private static final Instant SECOND = Instant.parse("2026-11-23T09:30:00Z");

    private final PendingBuilds builds = new PendingBuilds();

    @Test
    void aBuild_servesTheSubmissionItWasMadeFor_only() {
        builds.keep(build(7, FIRST));

        assertThat(builds.of(pending(7, FIRST))).isPresent();
        assertThat(builds.of(pending(7, SECOND)))
                .as("sent back, changed and submitted again")
                .isEmpty();
        assertThat(builds.of(pending(8, FIRST))).isEmpty();
        assertThat(builds.of(draft(7))).as("a draft is not awaiting approval").isEmpty();
    }

    @Test
    void retainOnly_dropsTheBuildsOfVersionsNoLongerAwaitingApproval() {
        builds.keep(build(7, FIRST));
        builds.keep(build(8, FIRST));
        builds.keep(build(9, FIRST));

        builds.retainOnly(Set.of(new PendingBuilds.Submission(7, FIRST), new PendingBuilds.Submission(8, SECOND)));

        assertThat(builds.of(pending(7, FIRST))).isPresent();
        assertThat(builds.of(pending(8, FIRST))).isEmpty();
        assertThat(builds.of(pending(9, FIRST))).isEmpty();
    }

    private static PendingBuilds.Build build(int version, Instant submittedAt) {
        return new PendingBuilds.Build(
                new PendingBuilds.Submission(version, submittedAt), null, new RulesetTestReport(1, 0, List.of()));
    }

    private static RulesetVersion pending(int version, Instant submittedAt) {
        return new RulesetVersion(
                version,
                RulesetStatus.PENDING_APPROVAL,
                1,
                null,
                "测试",
                new RulesetVersion.Step("editor", FIRST.minusSeconds(60)),
                new RulesetVersion.Step("editor", submittedAt),
                null,
                null,
                null,
                1);
    }

    private static RulesetVersion draft(int version) {
        return new RulesetVersion(
                version,
                RulesetStatus.DRAFT,
                1,
                null,
                "测试",
                new RulesetVersion.Step("editor", FIRST.minusSeconds(60)),
                null,
                null,
                null,
                null,
                1);
    }
}
