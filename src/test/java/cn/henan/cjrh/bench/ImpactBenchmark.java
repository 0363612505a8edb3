package cn.henan.cjrh.bench;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.FormJson;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.rules.ImpactAnalysis;
import cn.henan.cjrh.rules.ImpactJob;
import cn.henan.cjrh.rules.JurisdictionChain;
import cn.henan.cjrh.rules.Parameter;
import cn.henan.cjrh.rules.ParameterResolution;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetFiles;
import cn.henan.cjrh.rules.RulesetVersions;
import cn.henan.cjrh.rules.eligibility.EligibilityFacts;
import cn.henan.cjrh.rules.incentives.IncentiveFacts;
import cn.henan.cjrh.support.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6's impact analysis benchmark (docs/benchmarks.md, "Impact analysis"): {@code count} past applications (the
 * eligible DESIGN.md §5a form, submitted, spread over every Henan county) re-assessed by {@link ImpactAnalysis} with a
 * draft ({@code participation.minConditionsMet} 1 → 4, so every one of them changes: the worst case, each a CSV row)
 * against the version in effect on their submission date, end to end (compile, job row, keyset batches, two
 * assessments each, comparison, progress and change rows written, report) — side by side with a <b>raw yardstick</b>:
 * reading the same rows with the same keyset query, parsing the form, building the facts and firing them in a plain
 * Drools stateless session of the same rules, twice per application (the baseline's and the draft's parameters).
 * Single thread each; rounds alternate raw and product. Arguments: {@code [applications=100000] [rounds=2]}.
 */
public final class ImpactBenchmark {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 500;
    private static long sink;

    /** Every application submitted (dossier version 1) in some later status. */
    private static final List<BenchData.Share> SUBMITTED_MIX = List.of(
            new BenchData.Share("COUNTY_REVIEW", 400),
            new BenchData.Share("MUNICIPAL_REVIEW", 150),
            new BenchData.Share("PROVINCIAL_REVIEW", 100),
            new BenchData.Share("CERTIFIED", 250),
            new BenchData.Share("REJECTED", 100));

    public static void main(String[] args) throws InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.out.println("Machine: " + BenchApp.machine());
        try (var context = BenchApp.start("impact", Map.of())) {
            var jdbc = context.getBean(JdbcClient.class);
            var forms = context.getBean(FormJson.class);
            var data = new BenchData(jdbc, forms);
            double seconds = data.enterprisesAndApplications(count, SUBMITTED_MIX);
            long started = System.nanoTime();
            jdbc.sql(
                            """
                            insert into dossier_version (application_id, number, form, evidence, frozen_at, frozen_by)
                            select id, dossier_version, form, '[]'::jsonb, submitted_at, 'bench'
                            from application where dossier_version > 0
                            on conflict do nothing
                            """)
                    .update();
            seconds += (System.nanoTime() - started) / 1e9;
            seconds += data.analyze("enterprise", "application", "dossier_version");
            int submitted = jdbc.sql("select count(*) from application where dossier_version > 0")
                    .query(Integer.class)
                    .single();
            System.out.printf(
                    Locale.ROOT,
                    "Generated %d submitted applications with their dossiers in %.1f s%n",
                    submitted,
                    seconds);

            var editor = context.getBean(Fixtures.class).staff(Role.POLICY_EDITOR, "410000");
            var authoring = context.getBean(RulesetAuthoring.class);
            int draft = authoring.createDraft(editor, 1, "impact benchmark").version();
            jdbc.sql(
                            """
                            update ruleset_parameter set numeric_value = 4
                            where version = :draft and key = 'participation.minConditionsMet'
                            """)
                    .param("draft", draft)
                    .update();
            var versions = context.getBean(RulesetVersions.class);
            var draftFiles = versions.content(draft);
            var baselineParameters = versions.content(1).parameters();
            var raw = new Raw(jdbc, forms, rawKieBase(draftFiles), baselineParameters, draftFiles.parameters());
            var impact = context.getBean(ImpactAnalysis.class);

            var rawTimes = new double[rounds];
            var productTimes = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long t = System.nanoTime();
                long evaluated = raw.run();
                rawTimes[round] = (System.nanoTime() - t) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "round %d raw:     %,d applications read and evaluated twice in %.1f s (%.0f /s)%n",
                        round + 1,
                        evaluated,
                        rawTimes[round],
                        evaluated / rawTimes[round]);

                t = System.nanoTime();
                var job = impact.start(editor, draft);
                double startSeconds = (System.nanoTime() - t) / 1e9;
                while (job.status() == ImpactJob.Status.RUNNING) {
                    Thread.sleep(20);
                    job = impact.job(draft, job.jobId());
                }
                productTimes[round] = (System.nanoTime() - t) / 1e9;
                var result = job.result();
                System.out.printf(
                        Locale.ROOT,
                        "round %d product: job %d %s, %,d applications in %.1f s (%.0f /s; start incl. compile %.2f s); "
                                + "became ineligible %,d, changed %,d%n",
                        round + 1,
                        job.jobId(),
                        job.status(),
                        job.processed(),
                        productTimes[round],
                        job.processed() / productTimes[round],
                        startSeconds,
                        result == null ? -1 : result.becameIneligible(),
                        result == null ? -1 : result.changed());
                if (job.status() != ImpactJob.Status.DONE) {
                    throw new IllegalStateException("impact job failed: " + job.error());
                }
            }
            double bestRaw = min(rawTimes);
            double bestProduct = min(productTimes);
            System.out.printf(
                    Locale.ROOT,
                    "Best round: product %.1f s, raw %.1f s, ratio product / raw = %.2f (goal <= 2.00): %s%n",
                    bestProduct,
                    bestRaw,
                    bestProduct / bestRaw,
                    bestProduct / bestRaw <= 2.0 ? "met" : "missed");
            System.out.println("(sink " + sink + ")");
        }
    }

    private static double min(double[] values) {
        double min = Double.MAX_VALUE;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    /** The version's DRL files built into a plain KieBase, as a developer would without the platform. */
    private static KieBase rawKieBase(RulesetFiles files) {
        var services = KieServices.Factory.get();
        var fileSystem = services.newKieFileSystem();
        var releaseId = services.newReleaseId("bench", "impact-raw-" + UUID.randomUUID(), "1.0.0");
        fileSystem.generateAndWritePomXML(releaseId);
        files.drl().forEach((path, source) -> fileSystem.write("src/main/resources/" + path, source));
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

    /** The yardstick: the same keyset reads, the form parsed, its facts fired in a plain stateless session, twice. */
    private record Raw(JdbcClient jdbc, FormJson forms, KieBase base, List<Parameter> baseline, List<Parameter> draft) {
        long run() {
            var chains = new HashMap<String, List<String>>();
            var jurisdictions = JurisdictionChain.gbT2260();
            long after = 0;
            long evaluated = 0;
            while (true) {
                var rows = jdbc.sql(
                                """
                                select a.id, a.county_code, d.form::text as form, d.frozen_at
                                from application a
                                join dossier_version d on d.application_id = a.id and d.number = a.dossier_version
                                where a.dossier_version > 0 and a.id > :after
                                order by a.id
                                limit :limit
                                """)
                        .param("after", after)
                        .param("limit", BATCH)
                        .query((rs, n) -> new Row(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant()))
                        .list();
                if (rows.isEmpty()) {
                    return evaluated;
                }
                for (var row : rows) {
                    ApplicationForm form = forms.readForm(row.form());
                    var asOf = LocalDate.ofInstant(row.frozenAt(), SHANGHAI);
                    var chain = chains.computeIfAbsent(row.countyCode(), jurisdictions::chainOf);
                    for (var parameters : List.of(baseline, draft)) {
                        var facts = new ArrayList<Object>(ParameterResolution.resolve(parameters, chain));
                        facts.addAll(EligibilityFacts.of(form, asOf));
                        facts.addAll(IncentiveFacts.of(form, chain));
                        base.newStatelessKieSession().execute(facts);
                        sink += facts.size();
                    }
                    evaluated++;
                }
                after = rows.get(rows.size() - 1).id();
            }
        }
    }

    private record Row(long id, String countyCode, String form, Instant frozenAt) {}
}
