package cn.henan.cjrh.web.api;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.review.Decision;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.web.security.CurrentUser;
import cn.henan.cjrh.workflow.ReviewTask;
import cn.henan.cjrh.workflow.TaskFilter;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'CITY_REVIEWER', 'PROVINCE_REVIEWER')")
class TaskController {
    private final ReviewService reviews;

    TaskController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "审核任务 — open tasks of the caller's candidate group, soonest due first")
    Page<ReviewTask> queue(
            @CurrentUser PlatformUser reviewer,
            @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var mine = "me".equals(assignee) ? reviewer.username() : assignee;
        return reviews.queue(reviewer, new TaskFilter(step, overdue, mine), new Page.Request(page, size));
    }

    @GetMapping("/overdue")
    @Operation(summary = "超期任务 — overdue reviews below the caller's level: a city's counties, or all for the province")
    Page<ReviewTask> overdue(
            @CurrentUser PlatformUser reviewer,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return reviews.overdueSupervised(reviewer, new Page.Request(page, size));
    }

    @GetMapping("/{id}")
    ReviewTask task(@CurrentUser PlatformUser reviewer, @PathVariable String id) {
        return reviews.task(reviewer, id);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "认领 — claimed by someone else is 409")
    ReviewTask claim(@CurrentUser PlatformUser reviewer, @PathVariable String id) {
        return reviews.claim(reviewer, id);
    }

    @PostMapping("/{id}/unclaim")
    ReviewTask unclaim(@CurrentUser PlatformUser reviewer, @PathVariable String id) {
        return reviews.unclaim(reviewer, id);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "审核决定 — APPROVE, RETURN or REJECT by the claimant; RETURN and REJECT need a comment")
    DecisionTaken decide(
            @CurrentUser PlatformUser reviewer, @PathVariable String id, @Valid @RequestBody Decision decision) {
        var decided = reviews.decide(reviewer, id, decision);
        return new DecisionTaken(
                decided.applicationId(), decided.step(), decided.outcome().name(), decided.rulesetVersion());
    }

    record DecisionTaken(long applicationId, String step, String outcome, Integer rulesetVersion) {}
}
