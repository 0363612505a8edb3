package cn.henan.cjrh.workflow.certification;

import cn.henan.cjrh.directory.PublicityService;
import cn.henan.cjrh.workflow.CertificationProcess.Beans;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 公示 — opens the public notice when the publicity sub-process starts and closes it when it ends or is interrupted. */
@Component(Beans.PUBLICITY_LISTENER)
class PublicityListener implements ExecutionListener {
    private final PublicityService publicity;
    private final WorkflowTimers timers;

    PublicityListener(PublicityService publicity, WorkflowTimers timers) {
        this.publicity = publicity;
        this.timers = timers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long applicationId = ((Number) execution.getVariable(Variables.APPLICATION_ID)).longValue();
        var now = ClockUtil.getCurrentTime().toInstant();
        if (EVENTNAME_START.equals(execution.getEventName())) {
            publicity.start(applicationId, now, timers.getPublicityEndDate().toInstant());
        } else {
            publicity.end(applicationId, now);
        }
    }
}
