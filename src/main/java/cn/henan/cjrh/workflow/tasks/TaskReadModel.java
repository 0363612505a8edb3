package cn.henan.cjrh.workflow.tasks;

import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.workflow.CertificationProcess;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code workflow_task} in step with the engine's user tasks. Camunda's Spring eventing bridge calls these
 * listeners inside the engine's command, so the row and the task commit or roll back together.
 */
@Component
class TaskReadModel {
    private final JdbcClient jdbc;
    private final EnterpriseService enterprises;

    TaskReadModel(JdbcClient jdbc, EnterpriseService enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void created(DelegateTask task) {
        long applicationId = ((Number) task.getVariable(Variables.APPLICATION_ID)).longValue();
        long enterpriseId = ((Number) task.getVariable(Variables.ENTERPRISE_ID)).longValue();
        var enterpriseName = enterprises.find(enterpriseId).map(e -> e.name()).orElse("");
        jdbc.sql(
                        """
                        insert into workflow_task (task_id, process_instance_id, task_key, name, step, candidate_group,
                            application_id, application_number, enterprise_id, enterprise_name, county_code, city_code,
                            assignee, created_at, due_at)
                        values (:id, :process, :key, :name, :step, :group, :application, :number, :enterprise,
                            :enterpriseName, :county, :city, :assignee, :created, :due)
                        """)
                .param("id", task.getId())
                .param("process", task.getProcessInstanceId())
                .param("key", task.getTaskDefinitionKey())
                .param("name", task.getName())
                .param(
                        "step",
                        CertificationProcess.STEP_OF_TASK.getOrDefault(
                                task.getTaskDefinitionKey(), task.getTaskDefinitionKey()))
                .param("group", candidateGroupOf(task))
                .param("application", applicationId)
                .param("number", task.getVariable(Variables.APPLICATION_NUMBER))
                .param("enterprise", enterpriseId)
                .param("enterpriseName", enterpriseName)
                .param("county", task.getVariable(Variables.COUNTY_CODE))
                .param("city", task.getVariable(Variables.CITY_CODE))
                .param("assignee", task.getAssignee())
                .param("created", new Timestamp(task.getCreateTime().getTime()))
                .param(
                        "due",
                        task.getDueDate() == null
                                ? null
                                : new Timestamp(task.getDueDate().getTime()))
                .update();
    }

    @EventListener(condition = "#task.eventName == 'assignment' || #task.eventName == 'update'")
    public void assigned(DelegateTask task) {
        jdbc.sql("update workflow_task set assignee = :assignee, due_at = :due where task_id = :id")
                .param("assignee", task.getAssignee())
                .param(
                        "due",
                        task.getDueDate() == null
                                ? null
                                : new Timestamp(task.getDueDate().getTime()))
                .param("id", task.getId())
                .update();
    }

    @EventListener(condition = "#task.eventName == 'complete' || #task.eventName == 'delete'")
    public void ended(DelegateTask task) {
        jdbc.sql("delete from workflow_task where task_id = :id")
                .param("id", task.getId())
                .update();
    }

    /** Every task of ours has exactly one candidate group, carrying the jurisdiction (county:411602 …). */
    private static String candidateGroupOf(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("task " + task.getTaskDefinitionKey() + " has no candidate group"));
    }
}
