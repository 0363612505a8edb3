package cn.henan.cjrh.workflow;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.workflow.CertificationProcess.Tasks;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Review statistics for the dashboard (统计看板): how long each review level takes (task created → decided) and how
 * many open review tasks are overdue, within the caller's jurisdiction. A city reviewer sees the applications of its
 * city except its 省直管县 (which the province supervises), as on the application list; the province and admins see
 * everything or one city. Other roles have no dashboard.
 */
@Service
public class ReviewStatistics {
    /** The three review levels, in the order of the process. */
    public static final List<String> LEVELS = List.of("COUNTY_REVIEW", "MUNICIPAL_REVIEW", "PROVINCIAL_REVIEW");

    private static final Map<String, String> LEVEL_OF_TASK = Map.of(
            Tasks.COUNTY_REVIEW, "COUNTY_REVIEW",
            Tasks.MUNICIPAL_REVIEW, "MUNICIPAL_REVIEW",
            Tasks.PROVINCIAL_REVIEW, "PROVINCIAL_REVIEW");

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The median time from a review task's creation to its decision, per level, over the decided review tasks the
     * engine's history still holds. The decided tasks live only there ({@code workflow_task} keeps open ones), so
     * this reads Camunda's history tables directly: the median is computed in PostgreSQL instead of loading every
     * task through the history API. Jurisdiction comes from the process variables set at submission.
     *
     * @param cityCode one city (province and admins only; a city reviewer always gets its own), or null for all
     */
    public List<ReviewTime> medianReviewTimes(PlatformUser user, String cityCode) {
        var region = Region.of(user, cityCode);
        var sql = new StringBuilder(
                """
                select t.task_def_key_ as task_key, count(*) as decided,
                       percentile_cont(0.5) within group (order by extract(epoch from t.end_time_ - t.start_time_))
                           as median_seconds
                from act_hi_taskinst t
                """);
        if (region.cityCode() != null) {
            sql.append(
                    """
                    join act_hi_varinst city on city.proc_inst_id_ = t.proc_inst_id_ and city.name_ = :cityVariable
                                            and city.text_ = :city
                    """);
        }
        sql.append(
                """
                where t.proc_def_key_ = :process and t.task_def_key_ in (:taskKeys)
                  and t.end_time_ is not null and t.delete_reason_ = 'completed'
                """);
        if (region.excludeDirect()) {
            sql.append(
                    """
                      and not exists (select 1 from act_hi_varinst direct
                                      where direct.proc_inst_id_ = t.proc_inst_id_ and direct.name_ = :directVariable
                                        and direct.long_ = 1)
                    """);
        }
        sql.append(" group by t.task_def_key_");
        Map<String, Object> params = new HashMap<>();
        params.put("process", CertificationProcess.KEY);
        params.put("taskKeys", LEVEL_OF_TASK.keySet());
        params.put("cityVariable", Variables.CITY_CODE);
        params.put("city", region.cityCode());
        params.put("directVariable", Variables.DIRECT_TO_PROVINCE);
        var byLevel = new HashMap<String, ReviewTime>();
        jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    var level = LEVEL_OF_TASK.get(rs.getString("task_key"));
                    var seconds = rs.getDouble("median_seconds");
                    return new ReviewTime(level, rs.getLong("decided"), Duration.ofMillis(Math.round(seconds * 1000)));
                })
                .list()
                .forEach(time -> byLevel.put(time.level(), time));
        return LEVELS.stream()
                .map(level -> byLevel.getOrDefault(level, new ReviewTime(level, 0, null)))
                .toList();
    }

    /**
     * Open review tasks past their due date, per level, from the queue read model. For a city: the reviews of its
     * applications at every level (its 省直管县 left out); for the province or an admin: all, or one city's.
     */
    public List<OverdueCount> overdueOpenTasks(PlatformUser user, String cityCode) {
        var region = Region.of(user, cityCode);
        var sql = new StringBuilder(
                "select step, count(*) as overdue from workflow_task where due_at < :now and step in (:levels)");
        if (region.cityCode() != null) {
            sql.append(" and city_code = :city");
        }
        if (region.excludeDirect()) {
            sql.append(" and county_code not in (select code from jurisdiction where reports_directly_to_province)");
        }
        sql.append(" group by step");
        var counts = new HashMap<String, Long>();
        jdbc.sql(sql.toString())
                .param("now", Timestamp.from(clock.instant()))
                .param("levels", LEVELS)
                .param("city", region.cityCode())
                .query((rs, n) -> Map.entry(rs.getString("step"), rs.getLong("overdue")))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return LEVELS.stream()
                .map(level -> new OverdueCount(level, counts.getOrDefault(level, 0L)))
                .toList();
    }

    /**
     * @param level {@code COUNTY_REVIEW}, {@code MUNICIPAL_REVIEW} or {@code PROVINCIAL_REVIEW}
     * @param decided how many review tasks of the level were decided
     * @param median the median duration, or null when none was decided
     */
    public record ReviewTime(String level, long decided, Duration median) {}

    public record OverdueCount(String level, long overdue) {}

    /** Whose reviews the caller may count: a city (without its 省直管县 for city reviewers) or everything. */
    private record Region(String cityCode, boolean excludeDirect) {
        static Region of(PlatformUser user, String cityCode) {
            return switch (user.role()) {
                case CITY_REVIEWER -> new Region(user.jurisdictionCode(), true);
                case PROVINCE_REVIEWER, ADMIN -> new Region(cityCode, false);
                default -> throw new ForbiddenException("dashboard.forbidden");
            };
        }
    }
}
