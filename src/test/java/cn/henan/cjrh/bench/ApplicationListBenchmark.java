package cn.henan.cjrh.bench;

import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.application.FormJson;
import cn.henan.cjrh.bench.BenchApp.Samples;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.shared.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8's list benchmark (docs/benchmarks.md, "Application list and evidence upload"): with 50,000 applications (and
 * their enterprises) spread over every Henan county, city and status, the first page (20, newest first) of {@code GET
 * /applications} as {@link ApplicationService#list} answers it — the scope condition, the count and the page joined with
 * the enterprise — for a reviewer of every city, the province and 20 counties (the 10 largest and 10 others), without a
 * status filter and once with the status filter a reviewer of that level uses most.
 *
 * <p>Measured three times: (A) right after the bulk load with planner statistics only, (B) after {@code vacuum analyze},
 * the state autovacuum leaves (visibility map set, so counts can run as index-only scans), and (C) as an experiment with
 * the partial indexes proposed in docs/benchmarks.md created in the throwaway database (not a migration). Arguments: {@code
 * [applications=50000] [rounds=20]}. Single thread; each round visits the reviewers in a new random order, after two
 * warm-up passes.
 */
public final class ApplicationListBenchmark {
    private static final AtomicLong sink = new AtomicLong();

    /** Reviewers see submitted applications only ({@code dossier_version > 0}): indexes that serve that scope. */
    static final java.util.List<String> PROPOSED_INDEXES = java.util.List.of(
            """
            create index if not exists application_city_submitted_idx on application (city_code, direct_to_province, updated_at desc, id desc)
            where dossier_version > 0""",
            """
            create index if not exists application_county_submitted_idx on application (county_code, updated_at desc, id desc)
            where dossier_version > 0""",
            """
            create index if not exists application_submitted_idx on application (updated_at desc, id desc)
            where dossier_version > 0""");

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.println("Machine: " + BenchApp.machine());
        try (var context = BenchApp.start("application-list", Map.of())) {
            var jdbc = context.getBean(JdbcClient.class);
            var data = new BenchData(jdbc, context.getBean(FormJson.class));
            var applications = context.getBean(ApplicationService.class);

            double seconds = data.enterprisesAndApplications(count, BenchData.LIST_MIX);
            seconds += data.analyze("enterprise", "application");
            System.out.printf(
                    Locale.ROOT,
                    "Generated %d enterprises and %d applications in %.1f s (analyze included)%n",
                    jdbc.sql("select count(*) from enterprise")
                            .query(Long.class)
                            .single(),
                    jdbc.sql("select count(*) from application")
                            .query(Long.class)
                            .single(),
                    seconds);
            jdbc.sql("select status, count(*) from application group by status order by 2 desc")
                    .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2))
                    .list()
                    .forEach(line -> System.out.println("  " + line));

            var reviewers = new ArrayList<PlatformUser>();
            long id = 2_000_000;
            for (var city : data.cities()) {
                reviewers.add(new PlatformUser(id++, "bench.city." + city, "市级审核员", Role.CITY_REVIEWER, city, null));
            }
            reviewers.add(new PlatformUser(id++, "bench.province", "省级审核员", Role.PROVINCE_REVIEWER, "410000", null));
            var counties = jdbc.sql(
                            """
                            (select county_code from application where county_code <> city_code
                             group by county_code order by count(*) desc limit 10)
                            union
                            (select county_code from application where county_code <> city_code
                             group by county_code order by md5(county_code) limit 10)
                            """)
                    .query(String.class)
                    .list();
            for (var county : counties) {
                reviewers.add(
                        new PlatformUser(id++, "bench.county." + county, "县级审核员", Role.COUNTY_REVIEWER, county, null));
            }

            var fresh = measure(
                    "A. right after the bulk load (statistics analyzed, visibility map not yet set by autovacuum)",
                    applications,
                    reviewers,
                    rounds,
                    jdbc);
            explain(data, fresh);
            System.out.printf(
                    Locale.ROOT, "%nvacuum analyze: %.1f s%n", data.vacuumAnalyze("enterprise", "application"));
            var vacuumed = measure(
                    "B. after vacuum analyze (what autovacuum leaves: visibility map set)",
                    applications,
                    reviewers,
                    rounds,
                    jdbc);
            explain(data, vacuumed);

            // C. an experiment in this throwaway database only (no migration): the indexes docs/benchmarks.md proposes
            for (var index : PROPOSED_INDEXES) {
                jdbc.sql(index).update();
            }
            data.vacuumAnalyze("application");
            var indexed = measure(
                    "C. with the proposed partial indexes (created here in the throwaway database, not a migration)",
                    applications,
                    reviewers,
                    rounds,
                    jdbc);
            explain(data, indexed);
            System.out.println("(checksum " + sink.get() + ")");
        }
    }

    /** Measures every reviewer's first page, all statuses and their usual status; returns the slowest city. */
    private static String measure(
            String label, ApplicationService applications, List<PlatformUser> reviewers, int rounds, JdbcClient jdbc) {
        var first = new Page.Request(0, 20);
        for (int pass = 0; pass < 2; pass++) {
            for (var reviewer : reviewers) {
                sink.addAndGet(applications.list(reviewer, null, first).total());
                sink.addAndGet(applications
                        .list(reviewer, usualStatus(reviewer), first)
                        .total());
            }
        }
        var samples = new LinkedHashMap<String, Samples>();
        var byReviewer = new LinkedHashMap<String, Samples>();
        for (int round = 0; round < rounds; round++) {
            for (var reviewer : BenchApp.shuffled(reviewers, round)) {
                long nanos = BenchApp.time(() -> sink.addAndGet(
                        applications.list(reviewer, null, first).items().size()));
                samples.computeIfAbsent(reviewer.role() + ", all statuses", k -> new Samples())
                        .add(nanos);
                byReviewer
                        .computeIfAbsent(reviewer.jurisdictionCode(), k -> new Samples())
                        .add(nanos);
                var status = usualStatus(reviewer);
                nanos = BenchApp.time(() -> sink.addAndGet(
                        applications.list(reviewer, status, first).items().size()));
                samples.computeIfAbsent(reviewer.role() + ", status " + status, k -> new Samples())
                        .add(nanos);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%n%s%nApplicationService.list(reviewer, status, page 0 size 20), %d reviewers x %d rounds,"
                        + " load average %s%n",
                label,
                reviewers.size(),
                rounds,
                BenchApp.loadAverage(0));
        samples.forEach((name, s) -> System.out.printf(Locale.ROOT, "  %-42s %s%n", name, s.summary()));
        var worstCity = byReviewer.entrySet().stream()
                .filter(e -> reviewers.stream()
                        .anyMatch(r -> r.role() == Role.CITY_REVIEWER
                                && r.jurisdictionCode().equals(e.getKey())))
                .max((a, b) -> Double.compare(
                        a.getValue().percentileMs(50), b.getValue().percentileMs(50)))
                .orElseThrow();
        var scope = scopeOf(new PlatformUser(0, "x", "x", Role.CITY_REVIEWER, worstCity.getKey(), null));
        long worstCitySize = jdbc.sql("select count(*) from application a where " + scope.getKey())
                .params(scope.getValue())
                .query(Long.class)
                .single();
        System.out.printf(
                Locale.ROOT,
                "  slowest city by p50: %s (%d applications in scope): %s%n",
                worstCity.getKey(),
                worstCitySize,
                worstCity.getValue().summary());
        return worstCity.getKey();
    }

    private static void explain(BenchData data, String city) {
        System.out.println("Query plans (EXPLAIN ANALYZE, BUFFERS) with the platform's own scope conditions:");
        for (var reviewer : List.of(
                new PlatformUser(0, "x", "x", Role.CITY_REVIEWER, city, null),
                new PlatformUser(0, "x", "x", Role.PROVINCE_REVIEWER, "410000", null))) {
            var scope = scopeOf(reviewer);
            var where = "where " + scope.getKey();
            System.out.println("-- count, " + reviewer.role() + " " + reviewer.jurisdictionCode() + ": " + where + "\n"
                    + data.explain("select count(*) from application a " + where, scope.getValue()));
            System.out.println("-- page, " + reviewer.role() + " " + reviewer.jurisdictionCode() + "\n"
                    + data.explain(
                            """
                            select a.id, a.number, a.batch_id, a.status, a.version, a.dossier_version, a.enterprise_id,
                                   e.name, e.uscc, a.county_code, a.city_code, a.created_at, a.updated_at, a.submitted_at
                            from application a join enterprise e on e.id = a.enterprise_id
                            """
                                    + where
                                    + " order by a.updated_at desc, a.id desc limit 20 offset 0",
                            scope.getValue()));
        }
    }

    /** The SQL condition and parameters {@code ApplicationScope.of(user)} gives (package-private: read reflectively). */
    @SuppressWarnings("unchecked")
    static Map.Entry<String, Map<String, Object>> scopeOf(PlatformUser user) {
        try {
            var scopeType = Class.forName("cn.henan.cjrh.application.ApplicationScope");
            var of = scopeType.getDeclaredMethod("of", PlatformUser.class);
            of.setAccessible(true);
            var scope = of.invoke(null, user);
            var condition = scopeType.getDeclaredMethod("condition");
            var params = scopeType.getDeclaredMethod("params");
            condition.setAccessible(true);
            params.setAccessible(true);
            return Map.entry((String) condition.invoke(scope), (Map<String, Object>) params.invoke(scope));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ApplicationScope changed shape", e);
        }
    }

    /** The status a reviewer of this level filters on most: what waits for them. */
    private static ApplicationStatus usualStatus(PlatformUser reviewer) {
        return switch (reviewer.role()) {
            case COUNTY_REVIEWER -> ApplicationStatus.COUNTY_REVIEW;
            case CITY_REVIEWER -> ApplicationStatus.MUNICIPAL_REVIEW;
            default -> ApplicationStatus.PROVINCIAL_REVIEW;
        };
    }
}
