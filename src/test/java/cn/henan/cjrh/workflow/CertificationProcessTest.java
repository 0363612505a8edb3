package cn.henan.cjrh.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.application.SubmissionService;
import cn.henan.cjrh.directory.DirectoryService;
import cn.henan.cjrh.directory.ObjectionRequest;
import cn.henan.cjrh.directory.PublicityService;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.incentives.IncentiveGrants;
import cn.henan.cjrh.review.Decision;
import cn.henan.cjrh.review.Outcome;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.Forms;
import cn.henan.cjrh.support.IntegrationTest;
import cn.henan.cjrh.workflow.CertificationProcess.Events;
import cn.henan.cjrh.workflow.CertificationProcess.Tasks;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/certification.bpmn with the real engine, rules and PostgreSQL; jobs run explicitly. */
class CertificationProcessTest extends IntegrationTest {
    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewTasks tasks;

    @Autowired
    ApplicationService applications;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ApplicationHistory history;

    @Autowired
    DirectoryService directory;

    @Autowired
    PublicityService publicity;

    @Autowired
    IncentiveGrants incentives;

    @Autowired
    ThreeYearPlans plans;

    @BeforeEach
    void bindAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void eligibleApplication_approvedAtEveryLevel_entersDirectoryAfterPublicity() {
        var draft = given.submittedEligibleApplication("411602"); // 川汇区, 周口
        var process = processOf(draft);
        assertThat(process).hasPassed(Tasks.PRE_CHECK);

        decide(Role.COUNTY_REVIEWER, "411602", draft, Tasks.COUNTY_REVIEW, Outcome.APPROVE);
        decide(Role.CITY_REVIEWER, "411600", draft, Tasks.MUNICIPAL_REVIEW, Outcome.APPROVE);
        decide(Role.PROVINCE_REVIEWER, "410000", draft, Tasks.PROVINCIAL_REVIEW, Outcome.APPROVE);
        assertThat(process).isWaitingAt(Events.PUBLICITY_ENDED);
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.PUBLICITY);
        assertThat(publicity.current())
                .anySatisfy(listing -> assertThat(listing.applicationId()).isEqualTo(draft.id()));

        runTimer(process, Events.PUBLICITY_ENDED);
        runAsyncJob(process); // 纳入认证目录 runs as a retryable job

        assertThat(process).hasPassed(Tasks.CERTIFY).isWaitingAt(Tasks.THREE_YEAR_PLAN);
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(directory.entryFor(draft.enterprise().id())).isPresent();
        var bundle = incentives.grantedTo(draft.user(), draft.enterprise().id());
        assertThat(bundle.items()).anySatisfy(item -> assertThat(item.code()).isEqualTo("FISCAL_SURCHARGE_OFFSET"));
        assertThat(actions(draft)).contains("SUBMITTED", "PRE_CHECK_PASSED", "REVIEW_DECIDED", "CERTIFIED");

        plans.file(
                draft.user(),
                draft.id(),
                "三年规划.pdf",
                12,
                () -> new java.io.ByteArrayInputStream(
                        "%PDF-1.7\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));

        assertThat(process).hasPassed(Tasks.THREE_YEAR_PLAN, Events.CERTIFIED).isEnded();
        assertThat(actions(draft)).contains("THREE_YEAR_PLAN_FILED");
    }

    @Test
    void provinceAdministeredCounty_goesFromCountyStraightToProvince() {
        var draft = given.submittedEligibleApplication("411628"); // 鹿邑县, 省直管

        decide(Role.COUNTY_REVIEWER, "411628", draft, Tasks.COUNTY_REVIEW, Outcome.APPROVE);

        assertThat(processOf(draft)).isWaitingAt(Tasks.PROVINCIAL_REVIEW).hasNotPassed(Tasks.MUNICIPAL_REVIEW);
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
    }

    @Test
    void jiyuan_startsAtMunicipalReview() {
        var draft = given.submittedEligibleApplication("419001"); // 济源示范区

        assertThat(processOf(draft)).isWaitingAt(Tasks.MUNICIPAL_REVIEW).hasNotPassed(Tasks.COUNTY_REVIEW);
        assertThat(tasks.openTasksOf(draft.id()).get(0).candidateGroup()).isEqualTo("city:419001");
    }

    @Test
    void ineligibleApplication_isReturnedByThePreCheck_andAFixedResubmissionGoesToCountyReview() {
        var draft = given.submittedApplication("411602", Forms.blacklisted());
        var process = processOf(draft);

        assertThat(process).isWaitingAt(Events.AWAIT_RESUBMISSION);
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(actions(draft)).contains("PRE_CHECK_FAILED");

        resubmit(draft, Forms.eligible());

        assertThat(process).isWaitingAt(Tasks.COUNTY_REVIEW);
        assertThat(given.reload(draft).dossierVersion()).isEqualTo(2);
    }

    @Test
    void returnAtEachLevel_comesBackToThatLevelAfterResubmission() {
        var draft = given.submittedEligibleApplication("411602");
        var process = processOf(draft);

        decide(Role.COUNTY_REVIEWER, "411602", draft, Tasks.COUNTY_REVIEW, Outcome.RETURN);
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.RETURNED);
        resubmit(draft, Forms.eligible());
        assertThat(process).isWaitingAt(Tasks.COUNTY_REVIEW);

        decide(Role.COUNTY_REVIEWER, "411602", draft, Tasks.COUNTY_REVIEW, Outcome.APPROVE);
        decide(Role.CITY_REVIEWER, "411600", draft, Tasks.MUNICIPAL_REVIEW, Outcome.RETURN);
        resubmit(draft, Forms.eligible());
        assertThat(process).isWaitingAt(Tasks.MUNICIPAL_REVIEW);

        decide(Role.CITY_REVIEWER, "411600", draft, Tasks.MUNICIPAL_REVIEW, Outcome.APPROVE);
        decide(Role.PROVINCE_REVIEWER, "410000", draft, Tasks.PROVINCIAL_REVIEW, Outcome.RETURN);
        resubmit(draft, Forms.eligible());
        assertThat(process).isWaitingAt(Tasks.PROVINCIAL_REVIEW);
        assertThat(given.reload(draft).dossierVersion()).isEqualTo(4);
        assertThat(reviews.returnsOf(draft.id()))
                .extracting(r -> r.level())
                .containsExactly("COUNTY_REVIEW", "MUNICIPAL_REVIEW", "PROVINCIAL_REVIEW");
    }

    @Test
    void rejectAtCountyLevel_endsTheProcess() {
        var draft = given.submittedEligibleApplication("411602");
        var process = processOf(draft);

        decide(Role.COUNTY_REVIEWER, "411602", draft, Tasks.COUNTY_REVIEW, Outcome.REJECT);

        assertThat(process).hasPassed(Events.REJECTED).isEnded();
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void rejectAtMunicipalAndProvincialLevel_endsTheProcess() {
        var municipal = given.submittedEligibleApplication("411621");
        var municipalProcess = processOf(municipal);
        decide(Role.COUNTY_REVIEWER, "411621", municipal, Tasks.COUNTY_REVIEW, Outcome.APPROVE);
        decide(Role.CITY_REVIEWER, "411600", municipal, Tasks.MUNICIPAL_REVIEW, Outcome.REJECT);
        var provincial = given.submittedEligibleApplication("411628");
        var provincialProcess = processOf(provincial);
        decide(Role.COUNTY_REVIEWER, "411628", provincial, Tasks.COUNTY_REVIEW, Outcome.APPROVE);
        decide(Role.PROVINCE_REVIEWER, "410000", provincial, Tasks.PROVINCIAL_REVIEW, Outcome.REJECT);

        assertThat(municipalProcess).hasPassed(Events.REJECTED).isEnded();
        assertThat(provincialProcess).hasPassed(Events.REJECTED).isEnded();
        assertThat(given.reload(provincial).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void overdueReview_isFlaggedAndStaysOpen() {
        var draft = given.submittedEligibleApplication("411602");
        var process = processOf(draft);

        runTimer(process, Events.COUNTY_OVERDUE);
        runAsyncJob(process); // 超期提醒上级

        assertThat(process).isWaitingAt(Tasks.COUNTY_REVIEW).hasPassed(Tasks.FLAG_OVERDUE);
        assertThat(actions(draft)).contains("REVIEW_OVERDUE");
    }

    @Test
    void overdueMunicipalAndProvincialReviews_areFlaggedToo() {
        var draft = given.submittedEligibleApplication("411602");
        var process = processOf(draft);
        decide(Role.COUNTY_REVIEWER, "411602", draft, Tasks.COUNTY_REVIEW, Outcome.APPROVE);
        runTimer(process, Events.MUNICIPAL_OVERDUE);
        runAsyncJob(process);
        decide(Role.CITY_REVIEWER, "411600", draft, Tasks.MUNICIPAL_REVIEW, Outcome.APPROVE);

        runTimer(process, Events.PROVINCIAL_OVERDUE);
        runAsyncJob(process);

        assertThat(process).isWaitingAt(Tasks.PROVINCIAL_REVIEW);
        assertThat(actions(draft).stream().filter("REVIEW_OVERDUE"::equals)).hasSize(2);
    }

    @Test
    void returnedApplication_notResubmittedInTime_isWithdrawn() {
        var draft = given.submittedEligibleApplication("411602");
        var process = processOf(draft);
        decide(Role.COUNTY_REVIEWER, "411602", draft, Tasks.COUNTY_REVIEW, Outcome.RETURN);

        runTimer(process, Events.REVISION_DEADLINE);

        assertThat(process).hasPassed(Events.WITHDRAWN).isEnded();
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void objectionDismissed_publicityEndsNormally() {
        var draft = inPublicity("411602");
        var process = processOf(draft);
        raiseObjection(draft);
        assertThat(process).isWaitingAt(Tasks.OBJECTION_CHECK, Events.PUBLICITY_ENDED);

        decide(Role.PROVINCE_REVIEWER, "410000", draft, Tasks.OBJECTION_CHECK, Outcome.APPROVE);
        runTimer(process, Events.PUBLICITY_ENDED);
        runAsyncJob(process);

        assertThat(process).hasPassed(Tasks.CERTIFY);
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.CERTIFIED);
    }

    @Test
    void objectionUpheld_sendsTheApplicationBackToProvincialReview() {
        var draft = inPublicity("411602");
        var process = processOf(draft);
        raiseObjection(draft);

        decide(Role.PROVINCE_REVIEWER, "410000", draft, Tasks.OBJECTION_CHECK, Outcome.RETURN);

        assertThat(process).isWaitingAt(Tasks.PROVINCIAL_REVIEW);
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
        assertThat(publicity.current())
                .noneSatisfy(listing -> assertThat(listing.applicationId()).isEqualTo(draft.id()));
    }

    @Test
    void objectionUpheldWithRejection_rejectsTheApplication() {
        var draft = inPublicity("411602");
        var process = processOf(draft);
        raiseObjection(draft);

        decide(Role.PROVINCE_REVIEWER, "410000", draft, Tasks.OBJECTION_CHECK, Outcome.REJECT);

        assertThat(process).hasPassed(Events.REJECTED).isEnded();
        assertThat(given.reload(draft).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    private DraftApplication inPublicity(String county) {
        var draft = given.submittedEligibleApplication(county);
        decide(Role.COUNTY_REVIEWER, county, draft, Tasks.COUNTY_REVIEW, Outcome.APPROVE);
        decide(Role.CITY_REVIEWER, "411600", draft, Tasks.MUNICIPAL_REVIEW, Outcome.APPROVE);
        decide(Role.PROVINCE_REVIEWER, "410000", draft, Tasks.PROVINCIAL_REVIEW, Outcome.APPROVE);
        return draft;
    }

    private void raiseObjection(DraftApplication draft) {
        publicity.raise(
                draft.id(),
                new ObjectionRequest("王某", "13800000000", "该企业校企合作材料与实际情况不符，请核查。"),
                "10.0.0." + (draft.id() % 200));
    }

    private void decide(Role role, String jurisdiction, DraftApplication draft, String taskKey, Outcome outcome) {
        var reviewer = given.staff(role, jurisdiction);
        var task = openTask(draft, taskKey);
        reviews.claim(reviewer, task.id());
        var comment = outcome == Outcome.APPROVE ? "材料齐全，同意" : "请补充校企合作协议原件";
        reviews.decide(
                reviewer,
                task.id(),
                new Decision(
                        outcome,
                        comment,
                        List.of(new Decision.FieldComment("participation.cooperations[0].peopleTrained", "请附培训名单"))));
    }

    private ReviewTask openTask(DraftApplication draft, String taskKey) {
        var step = CertificationProcess.STEP_OF_TASK.get(taskKey);
        return tasks.openTasksOf(draft.id()).stream()
                .filter(task -> task.step().equals(step))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no open " + taskKey + " for " + draft.application().number()));
    }

    private void resubmit(DraftApplication draft, ApplicationForm form) {
        var current = given.reload(draft);
        applications.update(draft.user(), draft.id(), current.version(), form);
        submissions.submit(draft.user(), draft.id());
    }

    /** The running instance; keep it: assertions on it read the history after it ends. */
    private ProcessInstance processOf(DraftApplication draft) {
        var instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(draft.application().number())
                .singleResult();
        assertThat(instance)
                .as("running process of " + draft.application().number())
                .isNotNull();
        return instance;
    }

    private void runTimer(ProcessInstance process, String activityId) {
        var job = management
                .createJobQuery()
                .processInstanceId(process.getId())
                .timers()
                .activityId(activityId)
                .singleResult();
        assertThat(job).as("timer at " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private void runAsyncJob(ProcessInstance process) {
        var job = management
                .createJobQuery()
                .processInstanceId(process.getId())
                .messages()
                .singleResult();
        assertThat(job).as("an async continuation").isNotNull();
        management.executeJob(job.getId());
    }

    private List<String> actions(DraftApplication draft) {
        return history.of(draft.id()).stream().map(entry -> entry.action()).toList();
    }
}
