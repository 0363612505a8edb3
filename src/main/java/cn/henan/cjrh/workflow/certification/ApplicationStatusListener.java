package cn.henan.cjrh.workflow.certification;

import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationHistory.Step;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.workflow.CertificationProcess;
import cn.henan.cjrh.workflow.CertificationProcess.Beans;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Moves the application's status as the process enters a step that has one ({@link CertificationProcess#STATUS_AT}), in
 * the engine's transaction: status and engine never disagree.
 */
@Component(Beans.STATUS_LISTENER)
class ApplicationStatusListener implements ExecutionListener {
    private final ApplicationService applications;
    private final ApplicationHistory history;

    ApplicationStatusListener(ApplicationService applications, ApplicationHistory history) {
        this.applications = applications;
        this.history = history;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var status = CertificationProcess.STATUS_AT.get(execution.getCurrentActivityId());
        if (status == null) {
            throw new IllegalStateException("no status for " + execution.getCurrentActivityId());
        }
        long applicationId = ((Number) execution.getVariable(Variables.APPLICATION_ID)).longValue();
        var before = applications.find(applicationId).orElseThrow().status();
        if (before == status) {
            return;
        }
        applications.moveTo(applicationId, status);
        history.record(applicationId, Actor.SYSTEM, Step.of("STATUS_CHANGED", before, status));
    }
}
