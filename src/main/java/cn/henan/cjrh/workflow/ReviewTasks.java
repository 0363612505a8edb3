package cn.henan.cjrh.workflow;

import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The user tasks of the certification process for the review module: queues from the read model, and claim, unclaim
 * and complete through the engine. No Camunda type leaks out; engine conflicts become 409s.
 */
@Service
public class ReviewTasks {
    private static final String COLUMNS =
            """
            task_id, name, step, candidate_group, application_id, application_number, enterprise_id, enterprise_name,
            county_code, city_code, created_at, due_at, assignee
            """;
    private final JdbcClient jdbc;
    private final TaskService engineTasks;
    private final Clock clock;

    ReviewTasks(JdbcClient jdbc, TaskService engineTasks, Clock clock) {
        this.jdbc = jdbc;
        this.engineTasks = engineTasks;
        this.clock = clock;
    }

    /** The open tasks of these candidate groups, soonest due first (the index serves the order and the limit). */
    public Page<ReviewTask> queue(Collection<String> groups, TaskFilter filter, Page.Request page) {
        if (groups.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        var where = new StringBuilder("where candidate_group in (:groups)");
        if (filter.step() != null) {
            where.append(" and step = :step");
        }
        if (filter.overdueOnly()) {
            where.append(" and due_at < :now");
        }
        if (filter.assignee() != null) {
            where.append(" and assignee = :assignee");
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("groups", groups);
        params.put("step", filter.step());
        params.put("now", Timestamp.from(clock.instant()));
        params.put("assignee", filter.assignee());
        long total = jdbc.sql("select count(*) from workflow_task " + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select " + COLUMNS + " from workflow_task " + where
                        + " order by due_at nulls last, task_id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * Overdue review tasks a supervising level watches: for a city, the county reviews of its counties (not its
     * 省直管县, which the province supervises); for the province ({@code cityCode} null), every review step.
     */
    public Page<ReviewTask> overdueSupervisedBy(String cityCode, Page.Request page) {
        var where =
                """
                where due_at < :now and step in ('COUNTY_REVIEW', 'MUNICIPAL_REVIEW', 'PROVINCIAL_REVIEW')
                """
                        + (cityCode == null
                                ? ""
                                : """
                                  and step = 'COUNTY_REVIEW' and city_code = :city and county_code not in
                                    (select code from jurisdiction where reports_directly_to_province)
                                  """);
        var now = Timestamp.from(clock.instant());
        long total = jdbc.sql("select count(*) from workflow_task " + where)
                .param("now", now)
                .param("city", cityCode)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select " + COLUMNS + " from workflow_task " + where
                        + " order by due_at, task_id limit :limit offset :offset")
                .param("now", now)
                .param("city", cityCode)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The task if one of these groups may work on it; absent otherwise (the caller answers 404). */
    public Optional<ReviewTask> find(String taskId, Collection<String> groups) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from workflow_task where task_id = :id and candidate_group in (:groups)")
                .param("id", taskId)
                .param("groups", groups)
                .query(this::map)
                .optional();
    }

    /** Locks the task's row for the rest of the transaction: decisions on one task are taken one at a time. */
    public Optional<ReviewTask> lock(String taskId) {
        return jdbc.sql("select " + COLUMNS + " from workflow_task where task_id = :id for update")
                .param("id", taskId)
                .query(this::map)
                .optional();
    }

    /** The open tasks of one application (what a reviewer or the enterprise is waiting for). */
    public List<ReviewTask> openTasksOf(long applicationId) {
        return jdbc.sql("select " + COLUMNS + " from workflow_task where application_id = :id order by created_at")
                .param("id", applicationId)
                .query(this::map)
                .list();
    }

    public void claim(String taskId, String username) {
        try {
            engineTasks.claim(taskId, username);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException taken) {
            throw new ConflictException("review.task.claimed-by-other");
        } catch (ProcessEngineException gone) {
            throw new ConflictException("review.task.no-longer-open");
        }
    }

    public void unclaim(String taskId) {
        try {
            engineTasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException raced) {
            throw new ConflictException("review.task.claimed-by-other");
        } catch (ProcessEngineException gone) {
            throw new ConflictException("review.task.no-longer-open");
        }
    }

    /** Completes the task with the decision's variables; the engine runs on to its next wait state. */
    public void complete(String taskId, Map<String, Object> variables) {
        try {
            engineTasks.complete(taskId, variables);
        } catch (OptimisticLockingException raced) {
            throw new ConflictException("review.task.no-longer-open");
        } catch (org.camunda.bpm.engine.exception.NullValueException gone) {
            throw new NotFoundException("review.task.not-found", taskId);
        }
    }

    private ReviewTask map(ResultSet rs, int row) throws SQLException {
        var due = rs.getTimestamp("due_at");
        return new ReviewTask(
                rs.getString("task_id"),
                rs.getString("name"),
                rs.getString("step"),
                rs.getString("candidate_group"),
                rs.getLong("application_id"),
                rs.getString("application_number"),
                rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"),
                rs.getString("county_code"),
                rs.getString("city_code"),
                rs.getTimestamp("created_at").toInstant(),
                due == null ? null : due.toInstant(),
                rs.getString("assignee"),
                due != null && due.toInstant().isBefore(clock.instant()));
    }
}
