/**
 * 流程 — the BPMN glue: starts and resumes the certification process, runs its delegates, keeps the task read model
 * and application status in step with the engine. The only module that touches Camunda.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "application", "enterprise", "rules", "directory", "incentives"})
package cn.henan.cjrh.workflow;
