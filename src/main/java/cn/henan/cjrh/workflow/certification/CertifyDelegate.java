package cn.henan.cjrh.workflow.certification;

import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationHistory.Step;
import cn.henan.cjrh.directory.DirectoryService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.incentives.IncentiveGrants;
import cn.henan.cjrh.rules.AssessmentService;
import cn.henan.cjrh.workflow.CertificationProcess.Beans;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 纳入认证目录 — lists the enterprise in the directory and grants the incentive bundle of its last assessment. */
@Component(Beans.CERTIFY)
class CertifyDelegate implements JavaDelegate {
    private final DirectoryService directory;
    private final IncentiveGrants incentives;
    private final AssessmentService assessments;
    private final ApplicationHistory history;

    CertifyDelegate(
            DirectoryService directory,
            IncentiveGrants incentives,
            AssessmentService assessments,
            ApplicationHistory history) {
        this.directory = directory;
        this.incentives = incentives;
        this.assessments = assessments;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ((Number) execution.getVariable(Variables.APPLICATION_ID)).longValue();
        long enterpriseId = ((Number) execution.getVariable(Variables.ENTERPRISE_ID)).longValue();
        int dossierVersion = ((Number) execution.getVariable(Variables.DOSSIER_VERSION)).intValue();
        var now = ClockUtil.getCurrentTime().toInstant();
        var assessment = assessments.assessDossier(applicationId, dossierVersion); // stored: returns the same
        directory.enter(applicationId, now);
        incentives.grant(applicationId, enterpriseId, assessment, now);
        history.record(
                applicationId,
                Actor.SYSTEM,
                new Step("CERTIFIED", null, null, dossierVersion, assessment.rulesetVersion(), null, Map.of()));
    }
}
