package cn.henan.cjrh.bench;

import cn.henan.cjrh.application.FormJson;
import cn.henan.cjrh.support.Forms;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data generator of the benchmarks: realistic volumes inserted with set-based SQL ({@code insert … select
 * generate_series}) straight into the platform's tables, in seconds.
 *
 * <p>Enterprises and applications are spread over every Henan county that reviews applications (the non-zone COUNTY
 * rows of {@code jurisdiction}, plus 济源示范区 419001, which has no counties) with a skew: the units are taken in code
 * order and unit {@code floor(units × u^1.6)} is drawn for a uniform {@code u}, so 郑州's districts get the most (the
 * largest county about 4% of everything, six to seven times an even share) and the smallest ones a handful. Draws are
 * deterministic (a multiplicative hash of the row number), so every run generates the same data.
 *
 * <p>Generated rows look valid and keep every column constraint: unique 18-character USCCs {@code 91<county>B<9
 * digits>} (the check character is not computed), application numbers {@code CJRH-<year>-<county>-<5 digits>} unique
 * per county, the eligible DESIGN.md §5a form as JSONB in every application, statuses consistent with the routing
 * (省直管县 skip municipal review, 济源 starts there).
 */
final class BenchData {
    /** Statuses of applications with an open task, and their share (permille) of the task mix. */
    static final List<Share> TASK_MIX = List.of(
            new Share("COUNTY_REVIEW", 500),
            new Share("MUNICIPAL_REVIEW", 250),
            new Share("PROVINCIAL_REVIEW", 190),
            new Share("PUBLICITY", 20), // with an open 异议核查 (objection check) for the province
            new Share("CERTIFIED", 40)); // with an open 三年规划 task for the enterprise

    /** Statuses of all applications of a batch some weeks before it closes. */
    static final List<Share> LIST_MIX = List.of(
            new Share("DRAFT", 250),
            new Share("RETURNED", 50),
            new Share("COUNTY_REVIEW", 200),
            new Share("MUNICIPAL_REVIEW", 120),
            new Share("PROVINCIAL_REVIEW", 100),
            new Share("PUBLICITY", 30),
            new Share("CERTIFIED", 150),
            new Share("REJECTED", 70),
            new Share("WITHDRAWN", 30));

    private final JdbcClient jdbc;
    private final FormJson json;

    BenchData(JdbcClient jdbc, FormJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Share(String status, int permille) {}

    /** The units applications belong to: 156 counties and districts (no development zones) and 济源. */
    List<Unit> units() {
        return jdbc.sql(
                        """
                        select code, case when level = 'CITY' then code else parent_code end as city_code,
                               reports_directly_to_province
                        from jurisdiction
                        where (level = 'COUNTY' and not development_zone) or code = '419001'
                        order by code
                        """)
                .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    record Unit(String countyCode, String cityCode, boolean directToProvince) {}

    /** The cities (17 prefecture cities and 济源). */
    List<String> cities() {
        return jdbc.sql("select code from jurisdiction where level = 'CITY' order by code")
                .query(String.class)
                .list();
    }

    /**
     * Inserts {@code count} enterprises with one application each in this year's batch (created if missing), statuses
     * drawn from {@code mix}. Returns the seconds it took.
     */
    double enterprisesAndApplications(int count, List<Share> mix) {
        long start = System.nanoTime();
        int year = Year.now().getValue();
        jdbc.sql(
                        """
                        insert into batch (year, opens_at, closes_at, created_by)
                        values (:year, now() - interval '60 days', now() + interval '60 days', 'bench')
                        on conflict (year) do nothing
                        """)
                .param("year", year)
                .update();
        long batch = jdbc.sql("select id from batch where year = :year")
                .param("year", year)
                .query(Long.class)
                .single();
        jdbc.sql("drop table if exists bench_unit").update();
        jdbc.sql(
                        """
                        create unlogged table bench_unit as
                        select row_number() over (order by code) as n, code as county_code,
                               case when level = 'CITY' then code else parent_code end as city_code,
                               reports_directly_to_province as direct
                        from jurisdiction
                        where (level = 'COUNTY' and not development_zone) or code = '419001'
                        """)
                .update();
        int units =
                jdbc.sql("select count(*) from bench_unit").query(Integer.class).single();
        int first = jdbc.sql("select coalesce(max(id), 0) from enterprise")
                .query(Integer.class)
                .single();
        // u = a hash of g in [0, 1); unit = 1 + floor(units * u^1.6): a skew towards the first units (郑州)
        jdbc.sql(
                        """
                        insert into enterprise (uscc, name, county_code, city_code, legal_representative, contact_name,
                                                contact_phone, registered_at)
                        select '91' || u.county_code || 'B' || lpad(g::text, 9, '0'),
                               '河南基准' || g || '号产教融合科技有限公司', u.county_code, u.city_code, '张三', '李四',
                               '0371-' || lpad((g * 7919 % 10000000)::text, 7, '0'),
                               now() - (g % 3000) * interval '1 day'
                        from generate_series(1, :count) g
                        join bench_unit u
                          on u.n = 1 + least(:units - 1,
                                    floor(:units * power(((g::bigint * 2654435761) % 1000003) / 1000003.0, 1.6))::int)
                        order by g
                        """)
                .param("count", count)
                .param("units", units)
                .update();
        // the status: a second hash of the enterprise id against the mix's cumulative shares
        var status = new StringBuilder("case");
        int cumulative = 0;
        for (var share : mix) {
            cumulative += share.permille();
            status.append(String.format(Locale.ROOT, " when h.s < %d then '%s'", cumulative, share.status()));
        }
        status.append(" else '").append(mix.get(mix.size() - 1).status()).append("' end");
        jdbc.sql(
                        """
                        insert into application (number, batch_id, enterprise_id, county_code, city_code,
                                                 direct_to_province, status, version, form, dossier_version, created_at,
                                                 updated_at, submitted_at, edited_at)
                        select 'CJRH-' || :year || '-' || x.county_code || '-'
                                   || lpad(row_number() over (partition by x.county_code order by x.id)::text, 5, '0'),
                               :batch, x.id, x.county_code, x.city_code, x.direct, x.status, 3, cast(:form as jsonb),
                               case when x.status = 'DRAFT' then 0 else 1 end,
                               x.updated - interval '20 days', x.updated,
                               case when x.status = 'DRAFT' then null else x.updated - interval '10 days' end,
                               x.updated - interval '10 days'
                        from (
                            select e.id, e.county_code, e.city_code, u.direct,
                                   case when s.status = 'MUNICIPAL_REVIEW' and u.direct then 'PROVINCIAL_REVIEW'
                                        when s.status = 'COUNTY_REVIEW' and e.county_code = '419001'
                                            then 'MUNICIPAL_REVIEW'
                                        else s.status end as status,
                                   now() - ((e.id::bigint * 40503) % 172800) * interval '1 minute' as updated
                            from enterprise e
                            join bench_unit u on u.county_code = e.county_code
                            cross join lateral (select (e.id::bigint * 48271 % 1000) as s) h
                            cross join lateral (select STATUS_CASE as status) s
                            where e.id > :first
                        ) x
                        order by x.id
                        """
                                .replace("STATUS_CASE", status))
                .param("year", year)
                .param("batch", batch)
                .param("form", json.write(Forms.eligible()))
                .param("first", first)
                .update();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * One open task in {@code workflow_task} for every application waiting for one (county, municipal or provincial
     * review, an objection check in publicity, the three-year plan after certification), as the task listeners would
     * write it: candidate group by routing, created over the last 25 days, due 15 days later (the plan two months
     * later, the objection check never), 30% claimed by one of three reviewers of the group. Returns the seconds.
     */
    double openTasks() {
        long start = System.nanoTime();
        jdbc.sql(
                        """
                        insert into workflow_task (task_id, process_instance_id, task_key, name, step, candidate_group,
                                                   application_id, application_number, enterprise_id, enterprise_name,
                                                   county_code, city_code, assignee, created_at, due_at)
                        select md5('task' || t.id)::uuid::text, md5('process' || t.id)::uuid::text, t.task_key, t.name,
                               t.step, t.grp, t.id, t.number, t.enterprise_id, t.enterprise_name, t.county_code,
                               t.city_code,
                               case when t.step <> 'THREE_YEAR_PLAN' and (t.id::bigint * 69621) % 100 < 30
                                    then 'bench.' || replace(t.grp, ':', '.') || '.' || (t.id % 3) end,
                               t.created,
                               case t.step when 'OBJECTION_CHECK' then null
                                           when 'THREE_YEAR_PLAN' then t.created + interval '2 months'
                                           else t.created + interval '15 days' end
                        from (
                            select a.id, a.number, a.enterprise_id, e.name as enterprise_name, a.county_code,
                                   a.city_code,
                                   now() - ((a.id::bigint * 16807) % 36000) * interval '1 minute' as created,
                                   case a.status when 'COUNTY_REVIEW' then 'Task_CountyReview'
                                                 when 'MUNICIPAL_REVIEW' then 'Task_MunicipalReview'
                                                 when 'PROVINCIAL_REVIEW' then 'Task_ProvincialReview'
                                                 when 'PUBLICITY' then 'Task_ObjectionCheck'
                                                 else 'Task_ThreeYearPlan' end as task_key,
                                   case a.status when 'COUNTY_REVIEW' then '县级初审'
                                                 when 'MUNICIPAL_REVIEW' then '市级复核'
                                                 when 'PROVINCIAL_REVIEW' then '省级联审推荐'
                                                 when 'PUBLICITY' then '异议核查'
                                                 else '提交三年规划' end as name,
                                   case a.status when 'PUBLICITY' then 'OBJECTION_CHECK'
                                                 when 'CERTIFIED' then 'THREE_YEAR_PLAN'
                                                 else a.status end as step,
                                   case a.status when 'COUNTY_REVIEW' then 'county:' || a.county_code
                                                 when 'MUNICIPAL_REVIEW' then 'city:' || a.city_code
                                                 when 'CERTIFIED' then 'enterprise:' || a.enterprise_id
                                                 else 'province:410000' end as grp
                            from application a join enterprise e on e.id = a.enterprise_id
                            where a.status in ('COUNTY_REVIEW', 'MUNICIPAL_REVIEW', 'PROVINCIAL_REVIEW', 'PUBLICITY',
                                               'CERTIFIED')
                        ) t
                        """)
                .update();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The same open tasks as Camunda's own rows (standalone tasks in {@code ACT_RU_TASK} with their candidate group in
     * {@code ACT_RU_IDENTITYLINK}, what {@code TaskService.newTask} + {@code addCandidateGroup} write), so raw Camunda's
     * task query can be asked the same question over the same 50,000 tasks. Returns the seconds.
     */
    double engineCopiesOfOpenTasks() {
        long start = System.nanoTime();
        jdbc.sql(
                        """
                        insert into act_ru_task (id_, rev_, name_, task_def_key_, assignee_, priority_, create_time_,
                                                 last_updated_, due_date_, suspension_state_, task_state_)
                        select task_id, 1, name, task_key, assignee, 50, created_at, created_at, due_at, 1, 'Created'
                        from workflow_task
                        """)
                .update();
        jdbc.sql(
                        """
                        insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                        select md5('link' || task_id)::uuid::text, 1, candidate_group, 'candidate', task_id
                        from workflow_task
                        """)
                .update();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * What autovacuum does a little after a bulk load: planner statistics and the visibility map (which lets counts run
     * as index-only scans). A transaction that started before the load (autovacuum's own ANALYZE of another table,
     * say) keeps VACUUM from marking the new rows all-visible, so this repeats (up to 15 times, a second apart) until
     * at least 95% of each table's pages are all-visible, and says what held it back. Returns the seconds.
     */
    double vacuumAnalyze(String... tables) {
        long start = System.nanoTime();
        for (var table : tables) {
            for (int attempt = 1; ; attempt++) {
                jdbc.sql("vacuum analyze " + table).update();
                var visible = jdbc.sql(
                                "select relallvisible::float / greatest(relpages, 1) from pg_class where relname = :t")
                        .param("t", table)
                        .query(Double.class)
                        .single();
                if (visible >= 0.95 || attempt == 15) {
                    if (attempt > 1 || visible < 0.95) {
                        System.out.printf(
                                Locale.ROOT,
                                "  vacuum analyze %s: %.0f%% of pages all-visible after %d attempts%n",
                                table,
                                visible * 100,
                                attempt);
                    }
                    break;
                }
                if (attempt == 1) {
                    jdbc.sql(
                                    """
                                    select coalesce(backend_type, '?') || ': ' || left(coalesce(query, ''), 80)
                                    from pg_stat_activity
                                    where backend_xmin is not null and pid <> pg_backend_pid()
                                    """)
                            .query(String.class)
                            .list()
                            .forEach(holder -> System.out.println("  (snapshot held by " + holder + ")"));
                }
                sleep(1000);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Statistics only, as right after a bulk load before autovacuum came by (no visibility map). */
    double analyze(String... tables) {
        long start = System.nanoTime();
        for (var table : tables) {
            jdbc.sql("analyze " + table).update();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of a query, for the report. */
    String explain(String sql, java.util.Map<String, ?> params) {
        return String.join(
                "\n",
                jdbc.sql("explain (analyze, buffers) " + sql)
                        .params(params)
                        .query(String.class)
                        .list());
    }
}
