package cn.henan.cjrh.workflow;

import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationHistory.Step;
import cn.henan.cjrh.application.EvidenceFile;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.ConflictException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 三年规划 — a certified enterprise files its three-year plan; that completes its plan task and the process. */
@Service
public class ThreeYearPlans {
    private final EvidenceService evidence;
    private final ReviewTasks tasks;
    private final TaskService engineTasks;
    private final ApplicationHistory history;

    ThreeYearPlans(EvidenceService evidence, ReviewTasks tasks, TaskService engineTasks, ApplicationHistory history) {
        this.evidence = evidence;
        this.tasks = tasks;
        this.engineTasks = engineTasks;
        this.history = history;
    }

    @Transactional
    public EvidenceFile file(
            PlatformUser user, long applicationId, String fileName, long size, InputStreamSource content) {
        var planTask = tasks.openTasksOf(applicationId).stream()
                .filter(task -> "THREE_YEAR_PLAN".equals(task.step()))
                .findFirst();
        var plan = evidence.addThreeYearPlan(user, applicationId, fileName, size, content);
        if (planTask.isEmpty()) {
            throw new ConflictException("application.plan.already-filed");
        }
        tasks.lock(planTask.get().id());
        engineTasks.complete(planTask.get().id());
        history.record(
                applicationId,
                Actor.of(user),
                new Step(
                        "THREE_YEAR_PLAN_FILED",
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of("evidenceId", plan.id(), "fileName", plan.fileName())));
        return plan;
    }
}
