package cn.henan.cjrh.bench;

import cn.henan.cjrh.application.FormJson;
import cn.henan.cjrh.bench.BenchApp.Samples;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.workflow.TaskFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5's queue benchmark (docs/benchmarks.md, "Task queues"): with 50,000 open tasks spread over all Henan counties,
 * the first page (20) of every reviewer group's queue — each county, each city, the province — through the service
 * layer ({@link ReviewService#queue} → {@code ReviewTasks.queue}: the count and the page, mapped), unfiltered and with the
 * overdue and assignee=me filters; then raw Camunda's {@code TaskService.createTaskQuery().taskCandidateGroup(…)} asked
 * the same question (page of 20 by due date, and the count) over engine rows of the same 50,000 tasks.
 *
 * <p>The platform is measured twice: (A) right after the bulk load with planner statistics only (no visibility map: the
 * read model's rows are inserted and deleted all day, so this is its usual state) and (B) after {@code vacuum analyze}.
 * (C) repeats B with the index docs/benchmarks.md proposes for the assignee filter, created in the throwaway database
 * (not a migration). Raw Camunda is measured after {@code vacuum analyze} of its tables. Arguments: {@code [tasks=50000] [rounds=10]
 * [rawRounds=3]}. Single thread; each round visits the groups in a new random order, after two warm-up passes.
 */
public final class TaskQueueBenchmark {
    private static final AtomicLong sink = new AtomicLong();

    /** Serves the assignee = me filter (count and page) without reading the whole group. */
    static final String PROPOSED_INDEX =
            "create index if not exists workflow_task_assignee_idx on workflow_task (candidate_group, assignee, due_at nulls last, task_id)";

    public static void main(String[] args) {
        int taskCount = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rawRounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.println("Machine: " + BenchApp.machine());
        try (var context = BenchApp.start("task-queue", Map.of())) {
            var jdbc = context.getBean(JdbcClient.class);
            var data = new BenchData(jdbc, context.getBean(FormJson.class));
            var reviews = context.getBean(ReviewService.class);
            var engineTasks = context.getBean(TaskService.class);

            double seconds = data.enterprisesAndApplications(taskCount, BenchData.TASK_MIX);
            seconds += data.openTasks();
            seconds += data.analyze("enterprise", "application", "workflow_task");
            System.out.printf(
                    Locale.ROOT,
                    "Generated %d enterprises, %d applications and %d open tasks in %.1f s (analyze included)%n",
                    count(jdbc, "enterprise"),
                    count(jdbc, "application"),
                    count(jdbc, "workflow_task"),
                    seconds);
            jdbc.sql(
                            """
                            select split_part(candidate_group, ':', 1) as kind, count(distinct candidate_group) as groups,
                                   count(*) as tasks, max(n) as largest,
                                   round(count(*)::numeric / count(distinct candidate_group)) as average
                            from (select candidate_group, count(*) over (partition by candidate_group) as n
                                  from workflow_task) t
                            group by 1 order by 1
                            """)
                    .query((rs, n) -> String.format(
                            Locale.ROOT,
                            "  %-10s groups %4d  tasks %6d  largest group %5d  average %5d",
                            rs.getString(1),
                            rs.getInt(2),
                            rs.getInt(3),
                            rs.getInt(4),
                            rs.getInt(5)))
                    .list()
                    .forEach(System.out::println);
            System.out.println("  overdue: "
                    + jdbc.sql("select count(*) from workflow_task where due_at < now()")
                            .query(Long.class)
                            .single()
                    + ", claimed: "
                    + jdbc.sql("select count(*) from workflow_task where assignee is not null")
                            .query(Long.class)
                            .single());

            var reviewers = reviewers(data);
            var fresh = measure(
                    "A. right after the bulk load (statistics analyzed, visibility map not set: the read model's rows"
                            + " come and go all day, so this is its usual state)",
                    reviews,
                    reviewers,
                    rounds,
                    jdbc);
            explain(data, fresh);
            System.out.printf(
                    Locale.ROOT,
                    "%nvacuum analyze: %.1f s%n",
                    data.vacuumAnalyze("enterprise", "application", "workflow_task"));
            var vacuumed = measure(
                    "B. after vacuum analyze (visibility map set: counts may run as index-only scans)",
                    reviews,
                    reviewers,
                    rounds,
                    jdbc);
            explain(data, vacuumed);
            var worst = vacuumed;

            // C. an experiment in this throwaway database only (no migration): the index docs/benchmarks.md proposes
            jdbc.sql(PROPOSED_INDEX).update();
            data.vacuumAnalyze("workflow_task");
            var indexed = measure(
                    "C. with the proposed index for assignee = me (created here in the throwaway database, not a"
                            + " migration)",
                    reviews,
                    reviewers,
                    rounds,
                    jdbc);
            explain(data, indexed);

            // raw Camunda over engine rows of the same tasks
            seconds = data.engineCopiesOfOpenTasks();
            seconds += data.vacuumAnalyze("act_ru_task", "act_ru_identitylink");
            System.out.printf(
                    Locale.ROOT,
                    "%nCopied the %d open tasks into ACT_RU_TASK / ACT_RU_IDENTITYLINK in %.1f s%n",
                    count(jdbc, "act_ru_task"),
                    seconds);
            for (var group : List.of("province:410000", worst, "city:410100")) {
                long engineCount = engineTasks
                        .createTaskQuery()
                        .taskCandidateGroup(group)
                        .includeAssignedTasks()
                        .count();
                if (engineCount != groupSize(jdbc, group)) {
                    throw new IllegalStateException("engine sees " + engineCount + " tasks of " + group);
                }
            }
            for (var reviewer : reviewers) { // warm-up
                rawQueue(engineTasks, reviewer.group());
            }
            var raw = new Samples();
            var rawByRole = new LinkedHashMap<Role, Samples>();
            var rawByGroup = new LinkedHashMap<String, Samples>();
            for (int round = 0; round < rawRounds; round++) {
                for (var reviewer : BenchApp.shuffled(reviewers, 100 + round)) {
                    long nanos = BenchApp.time(() -> rawQueue(engineTasks, reviewer.group()));
                    raw.add(nanos);
                    rawByRole
                            .computeIfAbsent(reviewer.user().role(), k -> new Samples())
                            .add(nanos);
                    rawByGroup
                            .computeIfAbsent(reviewer.group(), k -> new Samples())
                            .add(nanos);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "Raw Camunda taskCandidateGroup(g).includeAssignedTasks().orderByDueDate() page 20 + count,"
                            + " %d groups x %d rounds, load average %s%n",
                    reviewers.size(),
                    rawRounds,
                    BenchApp.loadAverage(0));
            System.out.printf(Locale.ROOT, "  %-36s %s%n", "first page", raw.summary());
            rawByRole.forEach((role, samples) ->
                    System.out.printf(Locale.ROOT, "  %-36s %s%n", "first page / " + role, samples.summary()));
            var rawWorst = rawByGroup.entrySet().stream()
                    .max((a, b) -> Double.compare(
                            a.getValue().percentileMs(50), b.getValue().percentileMs(50)))
                    .orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "  worst group by p50: %s (%d tasks): %s%n",
                    rawWorst.getKey(),
                    groupSize(jdbc, rawWorst.getKey()),
                    rawWorst.getValue().summary());

            System.out.println("(checksum " + sink.get() + ")");
        }
    }

    /**
     * Every group's first page, overdue and mine, in random order per round; returns the worst group by median (with
     * ten samples a group's p95 is its single slowest call, which on a shared machine is a scheduling hiccup).
     */
    private static String measure(
            String label, ReviewService reviews, List<Reviewer> reviewers, int rounds, JdbcClient jdbc) {
        var first = new Page.Request(0, 20);
        for (int pass = 0; pass < 2; pass++) { // warm-up
            for (var reviewer : reviewers) {
                for (var filter : filters(reviewer)) {
                    sink.addAndGet(reviews.queue(reviewer.user(), filter, first).total());
                }
            }
        }
        var names = List.of("first page", "overdue only", "assignee = me");
        var byFilter = new LinkedHashMap<String, Samples>();
        var byGroup = new LinkedHashMap<String, Samples>();
        for (int round = 0; round < rounds; round++) {
            for (var reviewer : BenchApp.shuffled(reviewers, round)) {
                var filters = filters(reviewer);
                for (int f = 0; f < filters.size(); f++) {
                    var filter = filters.get(f);
                    long nanos = BenchApp.time(() -> sink.addAndGet(reviews.queue(reviewer.user(), filter, first)
                            .items()
                            .size()));
                    byFilter.computeIfAbsent(names.get(f), k -> new Samples()).add(nanos);
                    byFilter.computeIfAbsent(
                                    names.get(f) + " / " + reviewer.user().role(), k -> new Samples())
                            .add(nanos);
                    if (f == 0) {
                        byGroup.computeIfAbsent(reviewer.group(), k -> new Samples())
                                .add(nanos);
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%n%s%nPlatform queue (ReviewService.queue: count + page of 20), %d groups x %d rounds, load average %s%n",
                label,
                reviewers.size(),
                rounds,
                BenchApp.loadAverage(0));
        byFilter.forEach((name, samples) -> System.out.printf(Locale.ROOT, "  %-36s %s%n", name, samples.summary()));
        var worst = byGroup.entrySet().stream()
                .max((a, b) -> Double.compare(
                        a.getValue().percentileMs(50), b.getValue().percentileMs(50)))
                .orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "  worst group by p50 (first page): %s (%d tasks): %s%n",
                worst.getKey(),
                groupSize(jdbc, worst.getKey()),
                worst.getValue().summary());
        var largestCity = byGroup.entrySet().stream()
                .filter(e -> e.getKey().startsWith("city:"))
                .max((a, b) -> Long.compare(groupSize(jdbc, a.getKey()), groupSize(jdbc, b.getKey())))
                .orElseThrow();
        for (var group : List.of(Map.entry("province:410000", byGroup.get("province:410000")), largestCity)) {
            System.out.printf(
                    Locale.ROOT,
                    "  %s (%d tasks), first page: %s%n",
                    group.getKey(),
                    groupSize(jdbc, group.getKey()),
                    group.getValue().summary());
        }
        return worst.getKey();
    }

    private static void explain(BenchData data, String worst) {
        var now = new java.sql.Timestamp(System.currentTimeMillis());
        var plans = new LinkedHashMap<String, String>();
        for (var group : new java.util.LinkedHashSet<>(List.of("province:410000", worst))) {
            plans.put(
                    "count, " + group,
                    data.explain(
                            "select count(*) from workflow_task where candidate_group in (:groups)",
                            Map.of("groups", List.of(group))));
            plans.put(
                    "page, " + group,
                    data.explain(
                            "select * from workflow_task where candidate_group in (:groups)"
                                    + " order by due_at nulls last, task_id limit 20 offset 0",
                            Map.of("groups", List.of(group))));
        }
        plans.put(
                "overdue page, province",
                data.explain(
                        "select * from workflow_task where candidate_group in (:groups) and due_at < :now"
                                + " order by due_at nulls last, task_id limit 20 offset 0",
                        Map.of("groups", List.of("province:410000"), "now", now)));
        plans.put(
                "mine count, province",
                data.explain(
                        "select count(*) from workflow_task where candidate_group in (:groups) and assignee = :assignee",
                        Map.of("groups", List.of("province:410000"), "assignee", "bench.province.410000.0")));
        plans.put(
                "mine page, province",
                data.explain(
                        "select * from workflow_task where candidate_group in (:groups) and assignee = :assignee"
                                + " order by due_at nulls last, task_id limit 20 offset 0",
                        Map.of("groups", List.of("province:410000"), "assignee", "bench.province.410000.0")));
        System.out.println("Query plans (EXPLAIN ANALYZE, BUFFERS) of the platform's queue queries:");
        plans.forEach((name, plan) -> System.out.println("-- " + name + "\n" + plan));
    }

    private static void rawQueue(TaskService engineTasks, String group) {
        var query = engineTasks
                .createTaskQuery()
                .taskCandidateGroup(group)
                .includeAssignedTasks()
                .orderByDueDate()
                .asc();
        sink.addAndGet(query.listPage(0, 20).size());
        sink.addAndGet(engineTasks
                .createTaskQuery()
                .taskCandidateGroup(group)
                .includeAssignedTasks()
                .count());
    }

    /** Unfiltered, overdue only, and the reviewer's own claims (reviewer .0 of each group holds a third of them). */
    private static List<TaskFilter> filters(Reviewer reviewer) {
        return List.of(
                TaskFilter.NONE,
                new TaskFilter(null, true, null),
                new TaskFilter(null, false, reviewer.user().username()));
    }

    record Reviewer(PlatformUser user, String group) {}

    /** One reviewer for every county (non-zone), every city and the province. */
    private static List<Reviewer> reviewers(BenchData data) {
        var reviewers = new ArrayList<Reviewer>();
        long id = 1_000_000;
        for (var unit : data.units()) {
            if (!unit.countyCode().equals(unit.cityCode())) { // 济源 has no county review
                reviewers.add(reviewer(id++, Role.COUNTY_REVIEWER, unit.countyCode(), "county"));
            }
        }
        for (var city : data.cities()) {
            reviewers.add(reviewer(id++, Role.CITY_REVIEWER, city, "city"));
        }
        reviewers.add(reviewer(id, Role.PROVINCE_REVIEWER, "410000", "province"));
        return reviewers;
    }

    private static Reviewer reviewer(long id, Role role, String code, String kind) {
        var group = kind + ":" + code;
        var username = "bench." + kind + "." + code + ".0";
        return new Reviewer(new PlatformUser(id, username, "基准审核员", role, code, null), group);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static long groupSize(JdbcClient jdbc, String group) {
        return jdbc.sql("select count(*) from workflow_task where candidate_group = :g")
                .param("g", group)
                .query(Long.class)
                .single();
    }
}
