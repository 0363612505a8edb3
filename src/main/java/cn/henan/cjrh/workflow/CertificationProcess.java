package cn.henan.cjrh.workflow;

import cn.henan.cjrh.application.ApplicationStatus;
import java.util.Map;

/** 认证流程 — the Java side of processes/certification.bpmn: every string the code shares with it. */
public final class CertificationProcess {
    public static final String KEY = "CertificationProcess";

    public static final class Tasks {
        public static final String PRE_CHECK = "Task_PreCheck"; // 规则预审
        public static final String COUNTY_REVIEW = "Task_CountyReview"; // 县级初审
        public static final String MUNICIPAL_REVIEW = "Task_MunicipalReview"; // 市级复核
        public static final String PROVINCIAL_REVIEW = "Task_ProvincialReview"; // 省级联审推荐
        public static final String OBJECTION_CHECK = "Task_ObjectionCheck"; // 异议核查
        public static final String CERTIFY = "Task_Certify"; // 纳入认证目录
        public static final String THREE_YEAR_PLAN = "Task_ThreeYearPlan"; // 提交三年规划
        public static final String FLAG_OVERDUE = "Task_FlagOverdue"; // 超期提醒上级

        private Tasks() {}
    }

    public static final class Events {
        public static final String PUBLICITY = "SubProcess_Publicity"; // 公示
        public static final String PUBLICITY_ENDED = "Event_PublicityEnded"; // 公示期满, a timer
        public static final String AWAIT_RESUBMISSION = "Gateway_AwaitResubmission"; // 等待企业修改
        public static final String RESUBMITTED = "Event_Resubmitted";
        public static final String REVISION_DEADLINE = "Event_RevisionDeadlinePassed"; // 修改期限届满, a timer
        public static final String CERTIFIED = "EndEvent_EnterpriseCertified";
        public static final String REJECTED = "EndEvent_Rejected";
        public static final String WITHDRAWN = "EndEvent_Withdrawn";
        public static final String COUNTY_OVERDUE = "Event_CountyReviewOverdue";
        public static final String MUNICIPAL_OVERDUE = "Event_MunicipalReviewOverdue";
        public static final String PROVINCIAL_OVERDUE = "Event_ProvincialReviewOverdue";

        private Events() {}
    }

    public static final class Messages {
        public static final String OBJECTION_RAISED = "Msg_ObjectionRaised";
        public static final String RESUBMITTED = "Msg_ApplicationResubmitted";

        private Messages() {}
    }

    public static final class Variables {
        public static final String APPLICATION_ID = "applicationId";
        public static final String APPLICATION_NUMBER = "applicationNumber";
        public static final String ENTERPRISE_ID = "enterpriseId";
        public static final String COUNTY_CODE = "countyCode";
        public static final String CITY_CODE = "cityCode";
        public static final String DIRECT_TO_PROVINCE = "directToProvince"; // 省直管县: no municipal step
        public static final String STARTS_AT_MUNICIPAL = "startsAtMunicipal"; // 济源示范区: no county step
        public static final String DOSSIER_VERSION = "dossierVersion";
        public static final String ELIGIBLE = "eligible";
        public static final String NEEDS_REVIEW = "needsReview";
        public static final String RULESET_VERSION = "rulesetVersion";
        public static final String REVIEW_OUTCOME = "reviewOutcome"; // APPROVE, RETURN, REJECT
        public static final String RETURNED_BY = "returnedBy"; // NONE or the step that returned it
        public static final String NOT_RETURNED = "NONE";

        private Variables() {}
    }

    public static final class Beans { // strings, not enums, so @Component(Beans.RUN_PRE_CHECK) works
        public static final String RUN_PRE_CHECK = "runPreCheckDelegate";
        public static final String CERTIFY = "certifyDelegate";
        public static final String FLAG_OVERDUE = "flagOverdueDelegate";
        public static final String STATUS_LISTENER = "applicationStatusListener";
        public static final String PUBLICITY_LISTENER = "publicityListener";
        public static final String TIMERS = "workflowTimers";

        private Beans() {}
    }

    /** The application status that holds while the process is at (or has just entered) each of these elements. */
    public static final Map<String, ApplicationStatus> STATUS_AT = Map.of(
            Tasks.COUNTY_REVIEW, ApplicationStatus.COUNTY_REVIEW,
            Tasks.MUNICIPAL_REVIEW, ApplicationStatus.MUNICIPAL_REVIEW,
            Tasks.PROVINCIAL_REVIEW, ApplicationStatus.PROVINCIAL_REVIEW,
            Events.PUBLICITY, ApplicationStatus.PUBLICITY,
            Events.AWAIT_RESUBMISSION, ApplicationStatus.RETURNED,
            Tasks.CERTIFY, ApplicationStatus.CERTIFIED,
            Events.REJECTED, ApplicationStatus.REJECTED,
            Events.WITHDRAWN, ApplicationStatus.WITHDRAWN);

    /** The queue step of each user task (the task list's {@code step}). */
    public static final Map<String, String> STEP_OF_TASK = Map.of(
            Tasks.COUNTY_REVIEW, "COUNTY_REVIEW",
            Tasks.MUNICIPAL_REVIEW, "MUNICIPAL_REVIEW",
            Tasks.PROVINCIAL_REVIEW, "PROVINCIAL_REVIEW",
            Tasks.OBJECTION_CHECK, "OBJECTION_CHECK",
            Tasks.THREE_YEAR_PLAN, "THREE_YEAR_PLAN");

    private CertificationProcess() {}
}
