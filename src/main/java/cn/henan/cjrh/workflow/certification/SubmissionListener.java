package cn.henan.cjrh.workflow.certification;

import cn.henan.cjrh.application.ApplicationEvents.ApplicationSubmitted;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.workflow.CertificationProcess;
import cn.henan.cjrh.workflow.CertificationProcess.Messages;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import java.util.HashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the certification process on a first submission and resumes it on a resubmission, in the submitting
 * transaction: the engine runs the pre-check synchronously, so the answer to the submission already shows it.
 */
@Component
class SubmissionListener {
    private final RuntimeService runtime;

    SubmissionListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        if (submitted.resubmission()) {
            runtime.createMessageCorrelation(Messages.RESUBMITTED)
                    .processInstanceBusinessKey(submitted.number())
                    .setVariable(Variables.DOSSIER_VERSION, submitted.dossierVersion())
                    .correlateWithResult();
            return;
        }
        var variables = new HashMap<String, Object>();
        variables.put(Variables.APPLICATION_ID, submitted.applicationId());
        variables.put(Variables.APPLICATION_NUMBER, submitted.number());
        variables.put(Variables.ENTERPRISE_ID, submitted.enterpriseId());
        variables.put(Variables.COUNTY_CODE, submitted.countyCode());
        variables.put(Variables.CITY_CODE, submitted.cityCode());
        variables.put(Variables.DIRECT_TO_PROVINCE, submitted.directToProvince());
        variables.put(Variables.STARTS_AT_MUNICIPAL, Jurisdiction.JIYUAN.equals(submitted.countyCode()));
        variables.put(Variables.DOSSIER_VERSION, submitted.dossierVersion());
        variables.put(Variables.RETURNED_BY, Variables.NOT_RETURNED);
        runtime.startProcessInstanceByKey(CertificationProcess.KEY, submitted.number(), variables);
    }
}
