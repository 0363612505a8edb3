package cn.henan.cjrh.review;

import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationHistory.Step;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.directory.PublicityService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.CandidateGroups;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.AssessmentService;
import cn.henan.cjrh.rules.FindingStatus;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import cn.henan.cjrh.workflow.ReviewTask;
import cn.henan.cjrh.workflow.ReviewTasks;
import cn.henan.cjrh.workflow.TaskFilter;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 审核 — reviewers' queues, claims and decisions; everything outside the reviewer's candidate groups is 404. */
@Service
public class ReviewService {
    private static final String OBJECTION_CHECK = "OBJECTION_CHECK";
    private final ReviewTasks tasks;
    private final ReviewDecisionRepository decisions;
    private final ApplicationService applications;
    private final ApplicationHistory history;
    private final AssessmentService assessments;
    private final PublicityService publicity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            ReviewTasks tasks,
            ReviewDecisionRepository decisions,
            ApplicationService applications,
            ApplicationHistory history,
            AssessmentService assessments,
            PublicityService publicity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.decisions = decisions;
        this.applications = applications;
        this.history = history;
        this.assessments = assessments;
        this.publicity = publicity;
        this.events = events;
        this.clock = clock;
    }

    public Page<ReviewTask> queue(PlatformUser reviewer, TaskFilter filter, Page.Request page) {
        return tasks.queue(CandidateGroups.of(reviewer), filter, page);
    }

    /** Overdue reviews below the caller's level (DESIGN.md §3: escalated to the supervising level). */
    public Page<ReviewTask> overdueSupervised(PlatformUser reviewer, Page.Request page) {
        return switch (reviewer.role()) {
            case CITY_REVIEWER -> tasks.overdueSupervisedBy(reviewer.jurisdictionCode(), page);
            case PROVINCE_REVIEWER, ADMIN -> tasks.overdueSupervisedBy(null, page);
            default -> new Page<>(List.of(), page.page(), page.size(), 0);
        };
    }

    /**
     * The open task if it is in the reviewer's groups. A task already decided answers 409 to those who may see its
     * application (two decisions at once: the second learns it lost), 404 to everyone else.
     */
    public ReviewTask task(PlatformUser reviewer, String taskId) {
        return tasks.find(taskId, CandidateGroups.of(reviewer)).orElseThrow(() -> {
            var decidedFor = decisions.applicationOfDecidedTask(taskId);
            if (decidedFor.isPresent() && reviewer.role().isReviewer()) {
                applications.get(reviewer, decidedFor.get()); // 404 outside the reviewer's jurisdiction
                return new ConflictException("review.task.no-longer-open");
            }
            return new NotFoundException("review.task.not-found", taskId);
        });
    }

    @Transactional
    public ReviewTask claim(PlatformUser reviewer, String taskId) {
        var current = lockedTask(reviewer, taskId);
        if (current.assignee() != null && !current.assignee().equals(reviewer.username())) {
            throw new ConflictException("review.task.claimed-by-other");
        }
        if (current.assignee() == null) {
            tasks.claim(taskId, reviewer.username());
        }
        return task(reviewer, taskId);
    }

    @Transactional
    public ReviewTask unclaim(PlatformUser reviewer, String taskId) {
        var current = lockedTask(reviewer, taskId);
        if (current.assignee() != null && !current.assignee().equals(reviewer.username())) {
            throw new ConflictException("review.task.claimed-by-other");
        }
        tasks.unclaim(taskId);
        return task(reviewer, taskId);
    }

    /**
     * Records the decision and completes the task; the process moves on in the same transaction. Of two decisions on
     * one task, the first locks the task row and the second then finds it gone (409).
     */
    @Transactional
    public ReviewDecided decide(PlatformUser reviewer, String taskId, Decision decision) {
        var task = lockedTask(reviewer, taskId);
        if (task.assignee() == null) {
            throw new ConflictException("review.task.claim-first");
        }
        if (!task.assignee().equals(reviewer.username())) {
            throw new ConflictException("review.task.claimed-by-other");
        }
        var application = applications.find(task.applicationId()).orElseThrow();
        var assessment = assessments.storedFor(application.id(), application.dossierVersion());
        boolean needsReview = assessment.map(a -> a.needsReview()).orElse(false);
        decision.requireReasons(
                needsReview && decision.outcome() == Outcome.APPROVE && !OBJECTION_CHECK.equals(task.step()));
        var unmet = assessment
                .map(a -> a.findings().stream()
                        .filter(finding -> finding.status() == FindingStatus.NOT_MET)
                        .map(finding -> finding.clause())
                        .toList())
                .orElse(List.of());
        var actor = Actor.of(reviewer);
        var decided = new ReviewDecided(
                application.id(),
                taskId,
                task.step(),
                decision.outcome(),
                decision.comment(),
                application.dossierVersion(),
                assessment.map(a -> a.rulesetVersion()).orElse(null),
                unmet,
                actor);
        try {
            decisions.insert(
                    decided, decision, assessment.map(a -> a.eligible()).orElse(null), needsReview, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("review.task.no-longer-open");
        }
        if (OBJECTION_CHECK.equals(task.step())) {
            publicity.resolveOpenObjections(
                    application.id(), decision.outcome() != Outcome.APPROVE, actor, decision.comment());
        }
        var before = application.status();
        tasks.complete(taskId, variablesFor(task, decision));
        history.record(
                application.id(),
                actor,
                new Step(
                        "REVIEW_DECIDED",
                        before,
                        applications.find(application.id()).orElseThrow().status(),
                        application.dossierVersion(),
                        decided.rulesetVersion(),
                        decision.comment(),
                        Map.of(
                                "step",
                                task.step(),
                                "outcome",
                                decision.outcome().name(),
                                "fieldComments",
                                decision.fieldComments())));
        events.publishEvent(decided);
        return decided;
    }

    /**
     * The task, 404 outside the reviewer's groups, with its row locked for the rest of the transaction; a task completed
     * in between is 409.
     */
    private ReviewTask lockedTask(PlatformUser reviewer, String taskId) {
        task(reviewer, taskId);
        return tasks.lock(taskId).orElseThrow(() -> new ConflictException("review.task.no-longer-open"));
    }

    /** 退回记录 of an application, for the application view. */
    public List<ReturnRecord> returnsOf(long applicationId) {
        return decisions.returnsOf(applicationId);
    }

    private static Map<String, Object> variablesFor(ReviewTask task, Decision decision) {
        var variables = new HashMap<String, Object>();
        variables.put(Variables.REVIEW_OUTCOME, decision.outcome().name());
        if (decision.outcome() == Outcome.RETURN && !OBJECTION_CHECK.equals(task.step())) {
            variables.put(Variables.RETURNED_BY, task.step()); // the resubmission comes back to this level
        }
        return variables;
    }
}
