package cn.henan.cjrh.workflow.certification;

import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationHistory.Step;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.workflow.CertificationProcess.Beans;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import java.sql.Timestamp;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 审核超期 — a review step passed its due date (its boundary timer fired): the open review task, one per instance, is
 * flagged for the supervising level's overdue list and the application's history says so. The review itself goes on
 * (the timer does not interrupt it).
 */
@Component(Beans.FLAG_OVERDUE)
class FlagOverdueDelegate implements JavaDelegate {
    private final JdbcClient jdbc;
    private final ApplicationHistory history;

    FlagOverdueDelegate(JdbcClient jdbc, ApplicationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        var steps = jdbc.sql(
                        """
                        update workflow_task set overdue_flagged_at = :now
                        where process_instance_id = :process and overdue_flagged_at is null
                          and step in ('COUNTY_REVIEW', 'MUNICIPAL_REVIEW', 'PROVINCIAL_REVIEW')
                        returning step
                        """)
                .param("now", now)
                .param("process", execution.getProcessInstanceId())
                .query(String.class)
                .list();
        long applicationId = ((Number) execution.getVariable(Variables.APPLICATION_ID)).longValue();
        for (var step : steps) {
            history.record(
                    applicationId,
                    Actor.SYSTEM,
                    new Step("REVIEW_OVERDUE", null, null, null, null, null, Map.of("step", step)));
        }
    }
}
