package cn.henan.cjrh.bench;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetVersions;
import cn.henan.cjrh.rules.runtime.RulesetCompiler;
import cn.henan.cjrh.support.Fixtures;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 6's publish-time benchmark (docs/benchmarks.md, "Publishing a ruleset version"): {@link RulesetAuthoring#approve}
 * of a pending copy of the shipped ruleset, end to end on the running platform, measured side by side in one JVM with
 * the raw build of the same number of trivial rules in the same number of files ({@link RulesBenchmark.RawYardstick}).
 * Approval commits and swaps in the KieBase built and tested when the version was submitted (read the version from
 * PostgreSQL, check four-eyes and scope, commit, hand the KieBase to the runtime); the harness also times the
 * submission that made that build (sandbox check, compile, 112 test cases, commit) and the build and test run alone,
 * which is what approval costs on a node that has not built the version yet. Rounds alternate; the ratios use medians.
 * Arguments: {@code [rounds]}.
 */
public final class PublishBenchmark {
    private static final int WARMUPS = 3;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.println("Machine: " + BenchApp.machine());
        try (var context = BenchApp.start("publish", Map.of())) {
            var authoring = context.getBean(RulesetAuthoring.class);
            var versions = context.getBean(RulesetVersions.class);
            var given = context.getBean(Fixtures.class);
            var editor = given.staff(Role.POLICY_EDITOR, "410000");
            var approver = given.staff(Role.POLICY_APPROVER, "410000");
            var shipped = versions.content(1);
            int ruleCount = new RulesetCompiler().compile(1, shipped).rules().size();
            int fileCount = shipped.drl().size();
            var raw = new RulesBenchmark.RawYardstick(ruleCount, fileCount);
            System.out.printf(
                    Locale.ROOT,
                    "Shipped ruleset: %d rules in %d files, %d test cases; %d warm-up and %d measured rounds%n",
                    ruleCount,
                    fileCount,
                    shipped.tests().size(),
                    WARMUPS,
                    rounds);

            var publish = new long[rounds];
            var submit = new long[rounds];
            var buildAndTest = new long[rounds];
            var rawBuild = new long[rounds];
            var effective = LocalDate.of(2200, 1, 1); // far ahead: these versions never decide anything real
            for (int round = -WARMUPS; round < rounds; round++) {
                int draft = authoring.createDraft(editor, 1, "发布耗时基准").version();
                long submitNanos = BenchApp.time(() -> authoring.submit(editor, draft, null));
                long buildNanos = BenchApp.time(() -> authoring.runTests(draft));
                var from = effective.plusDays(WARMUPS + round);
                long publishNanos = BenchApp.time(() -> authoring.approve(approver, draft, from));
                long rawNanos = BenchApp.time(raw::build);
                if (round >= 0) {
                    publish[round] = publishNanos;
                    submit[round] = submitNanos;
                    buildAndTest[round] = buildNanos;
                    rawBuild[round] = rawNanos;
                }
            }
            double rawMs = median(rawBuild) / 1e6;
            print("Publish (approve, end to end)", publish);
            print("Submit (compile + test cases, kept for approval)", submit);
            print("Build and test alone (approval on a node without the build)", buildAndTest);
            print("Raw build of " + ruleCount + " trivial rules in " + fileCount + " files", rawBuild);
            System.out.printf(
                    Locale.ROOT,
                    "Ratio publish / raw build: %.2f (goal ≤ 2); submit / raw build: %.2f;"
                            + " publish + build and test / raw build: %.2f%n",
                    median(publish) / 1e6 / rawMs,
                    median(submit) / 1e6 / rawMs,
                    (median(publish) + median(buildAndTest)) / 1e6 / rawMs);
            System.out.println("Load average after: " + BenchApp.loadAverage(-1));
        }
    }

    private static void print(String what, long[] nanos) {
        System.out.printf(
                Locale.ROOT,
                "%-62s median %5.0f ms (min %.0f, max %.0f)%n",
                what + ":",
                median(nanos) / 1e6,
                Arrays.stream(nanos).min().orElse(0) / 1e6,
                Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static long median(long[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
