package cn.henan.cjrh.workflow.certification;

import cn.henan.cjrh.directory.ObjectionRaised;
import cn.henan.cjrh.workflow.CertificationProcess.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** 异议 — an objection during publicity starts an objection check (异议核查) for the province, in the same transaction. */
@Component
class ObjectionListener {
    private final RuntimeService runtime;

    ObjectionListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ObjectionRaised raised) {
        runtime.createMessageCorrelation(Messages.OBJECTION_RAISED)
                .processInstanceBusinessKey(raised.applicationNumber())
                .correlateWithResult();
    }
}
