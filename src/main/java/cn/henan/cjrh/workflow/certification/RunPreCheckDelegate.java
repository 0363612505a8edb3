package cn.henan.cjrh.workflow.certification;

import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationHistory.Step;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.rules.AssessmentService;
import cn.henan.cjrh.rules.FindingStatus;
import cn.henan.cjrh.workflow.CertificationProcess.Beans;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 规则预审 — assesses the submitted dossier version with the ruleset in effect and tells the process the verdict. */
@Component(Beans.RUN_PRE_CHECK)
class RunPreCheckDelegate implements JavaDelegate {
    private final AssessmentService assessments;
    private final ApplicationHistory history;

    RunPreCheckDelegate(AssessmentService assessments, ApplicationHistory history) {
        this.assessments = assessments;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ((Number) execution.getVariable(Variables.APPLICATION_ID)).longValue();
        int dossierVersion = ((Number) execution.getVariable(Variables.DOSSIER_VERSION)).intValue();
        var assessment = assessments.assessDossier(applicationId, dossierVersion);
        execution.setVariable(Variables.ELIGIBLE, assessment.eligible());
        execution.setVariable(Variables.NEEDS_REVIEW, assessment.needsReview());
        execution.setVariable(Variables.RULESET_VERSION, assessment.rulesetVersion());
        var unmet = assessment.findings().stream()
                .filter(finding -> finding.status() == FindingStatus.NOT_MET)
                .map(finding -> finding.clause())
                .toList();
        history.record(
                applicationId,
                Actor.SYSTEM,
                new Step(
                        assessment.eligible() ? "PRE_CHECK_PASSED" : "PRE_CHECK_FAILED",
                        null,
                        null,
                        dossierVersion,
                        assessment.rulesetVersion(),
                        null,
                        Map.of("unmetClauses", unmet, "needsReview", assessment.needsReview())));
    }
}
