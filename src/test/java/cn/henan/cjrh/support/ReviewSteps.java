package cn.henan.cjrh.support;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.review.Decision;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.workflow.ReviewTasks;

/**
 * Review decisions through the review module's API, for tests that need an application further along the process.
 * A plain class (tests build it from their own autowired beans), so the shared Spring context stays one.
 */
public final class ReviewSteps {
    private final ReviewService reviews;
    private final ReviewTasks tasks;

    public ReviewSteps(ReviewService reviews, ReviewTasks tasks) {
        this.reviews = reviews;
        this.tasks = tasks;
    }

    /** The application's one open task. */
    public String openTaskOf(long applicationId) {
        var open = tasks.openTasksOf(applicationId);
        if (open.size() != 1) {
            throw new AssertionError("expected one open task of application " + applicationId + ", found " + open);
        }
        return open.get(0).id();
    }

    /** Claims the application's open task and decides it. */
    public void decide(PlatformUser reviewer, long applicationId, Decision decision) {
        var taskId = openTaskOf(applicationId);
        reviews.claim(reviewer, taskId);
        reviews.decide(reviewer, taskId, decision);
    }

    public void approve(PlatformUser reviewer, long applicationId) {
        decide(reviewer, applicationId, Decision.approve("材料齐全，同意"));
    }
}
