package cn.henan.cjrh.workflow.certification;

import cn.henan.cjrh.workflow.CertificationProcess.Beans;
import cn.henan.cjrh.workflow.WorkflowProperties;
import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The durations the BPMN reads ({@code ${workflowTimers.publicityDuration}}) and the due dates of user tasks, computed
 * from the engine's clock so they agree with its timers.
 */
@Component(Beans.TIMERS)
public class WorkflowTimers {
    private final WorkflowProperties settings;
    private final DatatypeFactory durations;

    WorkflowTimers(WorkflowProperties settings) throws DatatypeConfigurationException {
        this.settings = settings;
        this.durations = DatatypeFactory.newInstance();
    }

    public String getPublicityDuration() {
        return settings.publicityDuration();
    }

    public String getReviewDue() {
        return settings.reviewDue();
    }

    public String getRevisionDeadline() {
        return settings.revisionDeadline();
    }

    public Date getReviewDueDate() {
        return after(settings.reviewDue());
    }

    public Date getPlanDueDate() {
        return after(settings.planDue());
    }

    public Date getPublicityEndDate() {
        return after(settings.publicityDuration());
    }

    /** Calendar-aware: P2M is two calendar months, as the engine's timers count them. */
    private Date after(String isoDuration) {
        var date = ClockUtil.getCurrentTime();
        durations.newDuration(isoDuration).addTo(date);
        return date;
    }
}
