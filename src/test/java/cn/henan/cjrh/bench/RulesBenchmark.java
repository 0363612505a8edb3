package cn.henan.cjrh.bench;

import cn.henan.cjrh.rules.AssessmentRequest;
import cn.henan.cjrh.rules.Assessor;
import cn.henan.cjrh.rules.JurisdictionChain;
import cn.henan.cjrh.rules.RulesetFiles;
import cn.henan.cjrh.rules.RulesetTestCase;
import cn.henan.cjrh.rules.eligibility.EligibilityFacts;
import cn.henan.cjrh.rules.incentives.IncentiveFacts;
import cn.henan.cjrh.rules.runtime.CompiledRuleset;
import cn.henan.cjrh.rules.runtime.RulesRuntime;
import cn.henan.cjrh.rules.runtime.RulesetCompiler;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Issue 4's benchmark (docs/benchmarks.md, "Rules"): the product's assessment and KieBase build measured side by side,
 * in one JVM and one run, with a raw Drools yardstick of the same rule count.
 *
 * <ul>
 *   <li>(a) one full assessment of the DESIGN.md §5a example (every finding and the incentive bundle, through
 *       {@link Assessor} on the compiled shipped ruleset, facts and parameter resolution included) against a raw
 *       stateless session over one plain fact with as many trivial rules, half of which fire;
 *   <li>(b) {@link RulesetCompiler#compile} of the shipped ruleset (sandbox check, DRL compile, metadata check) against
 *       a raw {@code KieFileSystem} build of the same number of trivial rules in the same number of files. The product
 *       line is one compiler building again and again, as the platform's long-lived compilers do (validate, test run,
 *       publish); a further line shows a fresh compiler's first build, which has no class path misses remembered.
 * </ul>
 *
 * <p>Rounds alternate product and raw so drift (JIT, GC, a noisy neighbour) hits both alike; the ratios use medians.
 * Run it as docs/benchmarks.md says; arguments: {@code [rulesDir] [seconds per assessment round]}.
 */
public final class RulesBenchmark {
    private static final int ASSESSMENT_ROUNDS = 7;
    private static final int BUILD_WARMUPS = 5;
    private static final int BUILD_ROUNDS = 15;
    private static final String EXAMPLE = "DESIGN §5a 示例申报表在周口川汇区符合条件";

    private static long sink; // results feed this, so the JIT cannot drop the work

    public static void main(String[] args) {
        var rules = Path.of(args.length > 0 ? args[0] : "rules");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        var files = RulesetFiles.fromDirectory(rules);
        var compiler = new RulesetCompiler();
        var product = compiler.compile(1, files);
        int ruleCount = product.rules().size();
        int fileCount = files.drl().size();
        var raw = new RawYardstick(ruleCount, fileCount);
        var rawBase = raw.build();

        var example = files.tests().stream()
                .filter(test -> test.name().equals(EXAMPLE))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("test case not found: " + EXAMPLE));
        var assessor = new Assessor(new RulesRuntime(), JurisdictionChain.gbT2260(), Clock.systemDefaultZone());
        var request = new AssessmentRequest(example.form(), example.jurisdictionCode(), example.asOf());
        var check = assessor.assess(request, product);
        if (!check.eligible() || check.findings().size() != product.clauses().size()) {
            throw new IllegalStateException("the example must be a full, eligible assessment: " + check);
        }

        System.out.printf(
                Locale.ROOT,
                "Machine: %d cores, %s %s, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(
                Locale.ROOT,
                "JVM args: %s%n",
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(
                Locale.ROOT,
                "Shipped ruleset: %d rules in %d DRL files, %d parameters; "
                        + "one assessment gives %d findings and %d incentive items%n",
                ruleCount,
                fileCount,
                files.parameters().size(),
                check.findings().size(),
                check.incentives().size());
        System.out.printf(
                Locale.ROOT,
                "Raw yardstick: %d trivial rules in %d files, %d fire per execution%n",
                ruleCount,
                fileCount,
                raw.countFired(rawBase));
        System.out.println();

        // (a) assessment rate
        var productCall = (LongSupplier)
                () -> assessor.assess(request, product).findings().size();
        var rawCall = (LongSupplier) () -> raw.fire(rawBase);
        var factsOnly = (LongSupplier) () -> facts(example, product).size();
        var evaluateOnly = facts(example, product);
        var evaluateCall =
                (LongSupplier) () -> product.evaluate(evaluateOnly).findings().size();
        System.out.println("(a) assessments, single thread; warm-up then " + ASSESSMENT_ROUNDS
                + " alternating rounds of " + seconds + " s");
        var labels = List.of(
                "product: Assessor.assess (full)",
                "raw: stateless session",
                "  product part: facts + " + "parameters",
                "  product part: evaluate only");
        var calls = List.of(productCall, rawCall, factsOnly, evaluateCall);
        var rates = measureRates(calls, seconds);
        for (int i = 0; i < calls.size(); i++) {
            System.out.printf(Locale.ROOT, "%-40s %s%n", labels.get(i), rates.get(i));
        }
        double rateRatio = rates.get(0).medianRate() / rates.get(1).medianRate();
        System.out.printf(
                Locale.ROOT,
                "Assessment rate ratio product / raw = %.2f (goal >= 0.50): %s%n%n",
                rateRatio,
                rateRatio >= 0.5 ? "met" : "MISSED");

        // (b) KieBase build
        System.out.println(
                "(b) KieBase build; " + BUILD_WARMUPS + " warm-ups then " + BUILD_ROUNDS + " alternating rounds");
        for (int i = 0; i < BUILD_WARMUPS; i++) {
            sink += compiler.compile(1, files).rules().size();
            sink += raw.build().getKiePackages().size();
        }
        var productBuilds = new long[BUILD_ROUNDS];
        var coldBuilds = new long[BUILD_ROUNDS];
        var rawBuilds = new long[BUILD_ROUNDS];
        for (int i = 0; i < BUILD_ROUNDS; i++) {
            productBuilds[i] = time(() -> compiler.compile(1, files).rules().size());
            rawBuilds[i] = time(() -> raw.build().getKiePackages().size());
            // A compiler that has built nothing yet: no class path lookups remembered (RememberingClassLoader).
            coldBuilds[i] =
                    time(() -> new RulesetCompiler().compile(1, files).rules().size());
        }
        var productBuild = Stats.of(productBuilds);
        var coldBuild = Stats.of(coldBuilds);
        var rawBuild = Stats.of(rawBuilds);
        System.out.printf(Locale.ROOT, "%-40s %s%n", "product: RulesetCompiler.compile", productBuild.millis());
        System.out.printf(Locale.ROOT, "%-40s %s%n", "raw: KieBuilder.buildAll + getKieBase", rawBuild.millis());
        System.out.printf(Locale.ROOT, "%-40s %s%n", "  product, first build of a compiler", coldBuild.millis());
        double buildRatio = productBuild.median() / (double) rawBuild.median();
        System.out.printf(
                Locale.ROOT,
                "Build time ratio product / raw = %.2f (goal <= 2.00): %s; first build of a compiler / raw = %.2f%n",
                buildRatio,
                buildRatio <= 2.0 ? "met" : "MISSED",
                coldBuild.median() / (double) rawBuild.median());
        System.out.println("(sink " + sink + ")");
    }

    /** The facts an assessment inserts, built as {@link Assessor} builds them. */
    private static List<Object> facts(RulesetTestCase example, CompiledRuleset ruleset) {
        var chain = JurisdictionChain.gbT2260().chainOf(example.jurisdictionCode());
        var facts = new ArrayList<Object>(ruleset.parametersFor(chain));
        facts.addAll(EligibilityFacts.of(example.form(), example.asOf()));
        facts.addAll(IncentiveFacts.of(example.form(), chain));
        return facts;
    }

    /** Warm-up, then rounds that cycle through the calls, each for about {@code seconds}. */
    private static List<Rate> measureRates(List<LongSupplier> calls, double seconds) {
        var warmUp = (long) (seconds * 2e9);
        for (var call : calls) {
            run(call, warmUp, null);
        }
        var rates = new ArrayList<double[]>();
        var latencies = new ArrayList<List<long[]>>();
        calls.forEach(call -> {
            rates.add(new double[ASSESSMENT_ROUNDS]);
            latencies.add(new ArrayList<>());
        });
        for (int round = 0; round < ASSESSMENT_ROUNDS; round++) {
            for (int i = 0; i < calls.size(); i++) {
                var samples = new long[2_000_000];
                long start = System.nanoTime();
                int n = run(calls.get(i), (long) (seconds * 1e9), samples);
                rates.get(i)[round] = n / ((System.nanoTime() - start) / 1e9);
                latencies.get(i).add(Arrays.copyOf(samples, n));
            }
        }
        var result = new ArrayList<Rate>();
        for (int i = 0; i < calls.size(); i++) {
            var all = latencies.get(i).stream().flatMapToLong(Arrays::stream).toArray();
            var sortedRates = rates.get(i).clone();
            Arrays.sort(sortedRates);
            result.add(new Rate(sortedRates[sortedRates.length / 2], sortedRates, Stats.of(all)));
        }
        return result;
    }

    private static int run(LongSupplier call, long nanos, long[] samples) {
        long end = System.nanoTime() + nanos;
        int n = 0;
        while (true) {
            long start = System.nanoTime();
            if (start >= end || (samples != null && n == samples.length)) {
                return n;
            }
            sink += call.getAsLong();
            if (samples != null) {
                samples[n] = System.nanoTime() - start;
            }
            n++;
        }
    }

    private static long time(LongSupplier build) {
        long start = System.nanoTime();
        sink += build.getAsLong();
        return System.nanoTime() - start;
    }

    record Rate(double medianRate, double[] roundRates, Stats latency) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,10.0f /s (rounds %,.0f–%,.0f)  latency median %,.1f µs, p95 %,.1f µs",
                    medianRate,
                    roundRates[0],
                    roundRates[roundRates.length - 1],
                    latency.median() / 1e3,
                    latency.p95() / 1e3);
        }
    }

    record Stats(long median, long p95, long min, long max) {
        static Stats of(long[] values) {
            var sorted = values.clone();
            Arrays.sort(sorted);
            return new Stats(
                    sorted[sorted.length / 2],
                    sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)],
                    sorted[0],
                    sorted[sorted.length - 1]);
        }

        String millis() {
            return String.format(
                    Locale.ROOT,
                    "median %,7.0f ms, p95 %,7.0f ms (min %,.0f, max %,.0f)",
                    median / 1e6,
                    p95 / 1e6,
                    min / 1e6,
                    max / 1e6);
        }
    }

    /** One plain fact: the yardstick's rules each compare its value with their own number. */
    public static final class Plain {
        private final int value;

        public Plain(int value) {
            this.value = value;
        }

        public int getValue() {
            return value;
        }
    }

    /**
     * {@code rules} trivial rules ({@code Plain( value >= i )}, empty consequence) spread over {@code files} DRL files,
     * built the way the product builds (a {@code KieFileSystem} without kmodule.xml, a throwaway release id), and
     * fired in a stateless session over one fact that half of them match.
     */
    static final class RawYardstick {
        private final int rules;
        private final int files;
        private final Plain fact;

        RawYardstick(int rules, int files) {
            this.rules = rules;
            this.files = files;
            this.fact = new Plain(rules / 2 - 1);
        }

        KieBase build() {
            var services = KieServices.Factory.get();
            var fileSystem = services.newKieFileSystem();
            var releaseId = services.newReleaseId("bench", "raw-" + UUID.randomUUID(), "1.0.0");
            fileSystem.generateAndWritePomXML(releaseId);
            for (int f = 0; f < files; f++) {
                var drl = new StringBuilder("package bench.raw;\nimport " + Plain.class.getCanonicalName() + ";\n");
                for (int r = f; r < rules; r += files) {
                    drl.append("rule \"R")
                            .append(r)
                            .append("\"\n  when\n    Plain( value >= ")
                            .append(r)
                            .append(" )\n  then\nend\n");
                }
                fileSystem.write("src/main/resources/bench/raw/R" + f + ".drl", drl.toString());
            }
            var builder = services.newKieBuilder(fileSystem).buildAll();
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                throw new IllegalStateException(builder.getResults().toString());
            }
            try {
                return services.newKieContainer(releaseId).getKieBase();
            } finally {
                services.getRepository().removeKieModule(releaseId);
            }
        }

        long fire(KieBase base) {
            base.newStatelessKieSession().execute(fact);
            return fact.getValue();
        }

        /** How many rules one execution fires (a check, with a listener the measured runs do not have). */
        long countFired(KieBase base) {
            var session = base.newStatelessKieSession();
            var fired = new long[1];
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired[0]++;
                }
            });
            session.execute(fact);
            return fired[0];
        }
    }
}
