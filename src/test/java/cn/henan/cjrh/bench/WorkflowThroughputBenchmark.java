package cn.henan.cjrh.bench;

import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.application.SubmissionService;
import cn.henan.cjrh.bench.BenchApp.Samples;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.Decision;
import cn.henan.cjrh.review.Outcome;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.Forms;
import cn.henan.cjrh.workflow.CertificationProcess.Events;
import cn.henan.cjrh.workflow.ReviewTasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issue 5's end-to-end benchmark (docs/benchmarks.md, "End-to-end workflow"): 4 threads carry applications through the
 * service layer — {@code SubmissionService.submit} (dossier frozen, process started, rules pre-check), then {@code
 * ReviewService.claim} + {@code decide(APPROVE)} at county, city and province, then the publicity timer and the
 * 纳入认证目录 (certify) job executed through {@code ManagementService} — and stop at certification (status CERTIFIED,
 * the process waiting for the enterprise's three-year plan). Side by side, in the same JVM, database and run, the same 4
 * threads drive a bare process on a second, plain Camunda engine (no platform plugins or listeners, same data source,
 * transaction manager, history level and id generator): start → service task (trivial delegate) → 3 user tasks
 * (claim + complete) → timer → async service task → end, with the timer and the async job executed the same way.
 *
 * <p>The engine's job executor is off; drafts (registered enterprise, created application) are prepared before the clock
 * starts. Rounds alternate platform and raw after a warm-up of both. Arguments: {@code [perRound=80] [rounds=5]
 * [warmup=60] [threads=4]}.
 */
public final class WorkflowThroughputBenchmark {
    static final String RAW_KEY = "RawCertification";

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        System.out.println("Machine: " + BenchApp.machine());
        try (var context = BenchApp.start("workflow", Map.of())) {
            var fixtures = context.getBean(Fixtures.class);
            var platform = new Platform(
                    context.getBean(SubmissionService.class),
                    context.getBean(ReviewService.class),
                    context.getBean(ReviewTasks.class),
                    context.getBean(ApplicationService.class),
                    context.getBean(RuntimeService.class),
                    context.getBean(ManagementService.class));
            var raw = rawEngine(context.getBean(DataSource.class), context.getBean(PlatformTransactionManager.class));
            raw.getRepositoryService()
                    .createDeployment()
                    .name("raw benchmark process")
                    .addModelInstance("raw-certification.bpmn", rawModel())
                    .deploy();
            var jdbc = context.getBean(JdbcClient.class);
            var pool = Executors.newFixedThreadPool(threads);
            try {
                // counties that go county → city → province (no 省直管县, no 济源, no development zones), two per city
                var counties = jdbc.sql(
                                """
                                select code, parent_code from (
                                    select code, parent_code,
                                           row_number() over (partition by parent_code order by code) as n
                                    from jurisdiction
                                    where level = 'COUNTY' and not development_zone
                                      and not reports_directly_to_province
                                ) c where n <= 2 order by code
                                """)
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                        .list();
                var reviewers = new HashMap<String, PlatformUser>();
                for (var county : counties) {
                    reviewers.computeIfAbsent(
                            "county:" + county[0], k -> fixtures.staff(Role.COUNTY_REVIEWER, county[0]));
                    reviewers.computeIfAbsent("city:" + county[1], k -> fixtures.staff(Role.CITY_REVIEWER, county[1]));
                }
                reviewers.put("province", fixtures.staff(Role.PROVINCE_REVIEWER, "410000"));

                int total = 2 * warmup + 2 * rounds * perRound;
                long prepStart = System.nanoTime();
                var drafts = prepareDrafts(fixtures, counties, warmup + rounds * perRound, pool);
                System.out.printf(
                        Locale.ROOT,
                        "Prepared %d drafts (registration + application) in %.1f s; %d instances to run in all%n",
                        drafts.size(),
                        (System.nanoTime() - prepStart) / 1e9,
                        total);

                var platformDrafts = new ConcurrentLinkedQueue<>(drafts);
                var rawCounter = new AtomicInteger();
                var platformPhases = new LinkedHashMap<String, Samples>();
                var rawPhases = new LinkedHashMap<String, Samples>();
                // warm-up
                runRound(pool, threads, warmup, () -> platform.run(platformDrafts.poll(), reviewers, null));
                runRound(pool, threads, warmup, () -> runRaw(raw, rawCounter.incrementAndGet(), counties, null));
                var platformRates = new ArrayList<Double>();
                var rawRates = new ArrayList<Double>();
                for (int round = 0; round < rounds; round++) {
                    double p = runRound(
                            pool,
                            threads,
                            perRound,
                            () -> platform.run(platformDrafts.poll(), reviewers, platformPhases));
                    double r = runRound(
                            pool,
                            threads,
                            perRound,
                            () -> runRaw(raw, rawCounter.incrementAndGet(), counties, rawPhases));
                    platformRates.add(p);
                    rawRates.add(r);
                    System.out.printf(
                            Locale.ROOT,
                            "  round %d: platform %.1f /s, raw %.1f /s, ratio %.2f (load average %s)%n",
                            round + 1,
                            p,
                            r,
                            p / r,
                            BenchApp.loadAverage(0));
                }
                verify(jdbc, raw, drafts.size() - platformDrafts.size());

                double platformMedian = median(platformRates);
                double rawMedian = median(rawRates);
                double platformAll = rounds * perRound / sumSeconds(platformRates, perRound);
                double rawAll = rounds * perRound / sumSeconds(rawRates, perRound);
                System.out.printf(
                        Locale.ROOT,
                        "%nPlatform: %s /s per round; median %.1f /s; all rounds %.1f /s%n",
                        format(platformRates),
                        platformMedian,
                        platformAll);
                System.out.printf(
                        Locale.ROOT,
                        "Raw:      %s /s per round; median %.1f /s; all rounds %.1f /s%n",
                        format(rawRates),
                        rawMedian,
                        rawAll);
                System.out.printf(
                        Locale.ROOT,
                        "Ratio platform / raw: median rounds %.2f, all rounds %.2f (goal >= 0.40)%n",
                        platformMedian / rawMedian,
                        platformAll / rawAll);
                System.out.println("\nPer-call latency under load, platform (ms):");
                platformPhases.forEach(
                        (phase, samples) -> System.out.printf(Locale.ROOT, "  %-30s %s%n", phase, samples.summary()));
                System.out.println("Per-call latency under load, raw (ms):");
                rawPhases.forEach(
                        (phase, samples) -> System.out.printf(Locale.ROOT, "  %-30s %s%n", phase, samples.summary()));
            } finally {
                pool.shutdownNow();
                raw.close();
            }
        }
    }

    /** The platform's path for one application, through its services; {@code phases} (if given) collects timings. */
    record Platform(
            SubmissionService submissions,
            ReviewService reviews,
            ReviewTasks tasks,
            ApplicationService applications,
            RuntimeService runtime,
            ManagementService management) {

        void run(DraftApplication draft, Map<String, PlatformUser> reviewers, Map<String, Samples> phases) {
            var application = draft.application();
            timed(phases, "submit (+ pre-check)", () -> submissions.submit(draft.user(), draft.id()));
            review(draft, "COUNTY_REVIEW", reviewers.get("county:" + application.countyCode()), phases);
            review(draft, "MUNICIPAL_REVIEW", reviewers.get("city:" + application.cityCode()), phases);
            review(draft, "PROVINCIAL_REVIEW", reviewers.get("province"), phases);
            timed(phases, "publicity timer + certify job", () -> {
                var process = runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(application.number())
                        .singleResult()
                        .getId();
                var timer = management
                        .createJobQuery()
                        .processInstanceId(process)
                        .timers()
                        .activityId(Events.PUBLICITY_ENDED)
                        .singleResult();
                management.executeJob(timer.getId());
                var certify = management
                        .createJobQuery()
                        .processInstanceId(process)
                        .messages()
                        .singleResult();
                management.executeJob(certify.getId());
            });
        }

        private void review(DraftApplication draft, String step, PlatformUser reviewer, Map<String, Samples> phases) {
            var task = tasks.openTasksOf(draft.id()).stream()
                    .filter(open -> open.step().equals(step))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no open " + step + " for "
                            + draft.application().number() + " (status "
                            + applications.find(draft.id()).orElseThrow().status() + ")"));
            timed(phases, "claim", () -> reviews.claim(reviewer, task.id()));
            timed(
                    phases,
                    "decide APPROVE",
                    () -> reviews.decide(
                            reviewer,
                            task.id(),
                            new Decision(
                                    Outcome.APPROVE,
                                    "材料齐全，同意",
                                    List.of(new Decision.FieldComment(
                                            "participation.cooperations[0].peopleTrained", "名单已核")))));
        }
    }

    /** The raw path: start, three claims and completions, the timer, the async job. */
    static void runRaw(ProcessEngine raw, int n, List<String[]> counties, Map<String, Samples> phases) {
        var county = counties.get(n % counties.size());
        var variables = new HashMap<String, Object>();
        variables.put("applicationId", (long) n);
        variables.put("applicationNumber", "RAW-" + n);
        variables.put("enterpriseId", (long) n);
        variables.put("countyCode", county[0]);
        variables.put("cityCode", county[1]);
        variables.put("directToProvince", false);
        variables.put("startsAtMunicipal", false);
        variables.put("dossierVersion", 1);
        variables.put("returnedBy", "NONE");
        var process = new String[1];
        timed(
                phases,
                "start (+ service task)",
                () -> process[0] = raw.getRuntimeService()
                        .startProcessInstanceByKey(RAW_KEY, "RAW-" + n, variables)
                        .getId());
        var tasks = raw.getTaskService();
        for (int level = 0; level < 3; level++) {
            var task = tasks.createTaskQuery().processInstanceId(process[0]).singleResult();
            timed(phases, "claim", () -> tasks.claim(task.getId(), "raw.reviewer"));
            timed(phases, "complete", () -> tasks.complete(task.getId(), Map.of("reviewOutcome", "APPROVE")));
        }
        var management = raw.getManagementService();
        timed(phases, "timer + async job", () -> {
            var timer = management
                    .createJobQuery()
                    .processInstanceId(process[0])
                    .timers()
                    .singleResult();
            management.executeJob(timer.getId());
            var job = management
                    .createJobQuery()
                    .processInstanceId(process[0])
                    .messages()
                    .singleResult();
            management.executeJob(job.getId());
        });
    }

    /** start → service task → 3 user tasks → timer → async service task → end, built with the fluent model API. */
    static BpmnModelInstance rawModel() {
        return Bpmn.createExecutableProcess(RAW_KEY)
                .camundaHistoryTimeToLive(3650)
                .startEvent()
                .serviceTask("check")
                .camundaClass(TrivialDelegate.class.getName())
                .userTask("county")
                .camundaCandidateGroups("county:${countyCode}")
                .userTask("city")
                .camundaCandidateGroups("city:${cityCode}")
                .userTask("province")
                .camundaCandidateGroups("province:410000")
                .intermediateCatchEvent("publicity")
                .timerWithDuration("P7D")
                .serviceTask("certify")
                .camundaAsyncBefore()
                .camundaClass(TrivialDelegate.class.getName())
                .endEvent()
                .done();
    }

    /** A second engine on the same database: plain Camunda, nothing of the platform (no Spring eventing plugin). */
    static ProcessEngine rawEngine(DataSource dataSource, PlatformTransactionManager transactions) {
        var configuration = new SpringTransactionsProcessEngineConfiguration();
        configuration.setProcessEngineName("raw-benchmark");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactions);
        configuration.setDatabaseSchemaUpdate("false");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setEnforceHistoryTimeToLive(true);
        return configuration.buildProcessEngine();
    }

    public static final class TrivialDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("eligible", true);
        }
    }

    private static List<DraftApplication> prepareDrafts(
            Fixtures fixtures, List<String[]> counties, int count, ExecutorService pool) throws Exception {
        fixtures.openBatch();
        var futures = new ArrayList<Future<DraftApplication>>();
        for (int i = 0; i < count; i++) {
            var county = counties.get(i % counties.size())[0];
            futures.add(pool.submit(() -> fixtures.draftApplication(county, Forms.eligible())));
        }
        var drafts = new ArrayList<DraftApplication>();
        for (var future : futures) {
            drafts.add(future.get());
        }
        return drafts;
    }

    /** Runs {@code count} instances on {@code threads} threads; returns instances per second (wall clock). */
    private static double runRound(ExecutorService pool, int threads, int count, Runnable instance) throws Exception {
        var next = new AtomicInteger();
        var workers = new ArrayList<Future<?>>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < count) {
                    instance.run();
                }
            }));
        }
        for (var worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static void verify(JdbcClient jdbc, ProcessEngine raw, int platformInstances) {
        long certified = jdbc.sql("select count(*) from application where status = :status")
                .param("status", ApplicationStatus.CERTIFIED.name())
                .query(Long.class)
                .single();
        long rawRunning = raw.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(RAW_KEY)
                .count();
        long rawEnded = raw.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(RAW_KEY)
                .finished()
                .count();
        System.out.printf(
                Locale.ROOT,
                "Check: %d of %d platform applications CERTIFIED; raw: %d ended, %d still running%n",
                certified,
                platformInstances,
                rawEnded,
                rawRunning);
        if (certified != platformInstances || rawRunning != 0) {
            throw new IllegalStateException("not every instance reached its end");
        }
    }

    private static void timed(Map<String, Samples> phases, String phase, Runnable call) {
        if (phases == null) {
            call.run();
            return;
        }
        long nanos = BenchApp.time(call);
        synchronized (phases) {
            phases.computeIfAbsent(phase, k -> new Samples()).add(nanos);
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double sumSeconds(List<Double> rates, int perRound) {
        return rates.stream().mapToDouble(rate -> perRound / rate).sum();
    }

    private static String format(List<Double> rates) {
        return String.join(
                ", ",
                rates.stream()
                        .map(rate -> String.format(Locale.ROOT, "%.1f", rate))
                        .toList());
    }
}
