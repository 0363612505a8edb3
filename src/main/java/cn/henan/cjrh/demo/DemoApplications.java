package cn.henan.cjrh.demo;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.BatchService;
import cn.henan.cjrh.application.SubmissionService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.UserAccounts;
import cn.henan.cjrh.review.Decision;
import cn.henan.cjrh.review.Outcome;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.workflow.ReviewTasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo applications in every status the process reaches on its own, driven through the real services (pre-check, review
 * decisions), so what the demo shows is what the platform does. An enterprise that already has an application in the
 * batch is left alone: starting twice creates nothing twice.
 */
@Component
@Profile("demo")
@Order(20)
class DemoApplications implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

    /** Who applies, and how far the demo carries the application. */
    private static final List<Plan> PLANS = List.of(
            new Plan("ent.demo", Stage.DRAFT, true),
            new Plan("ent.chuanhui", Stage.DRAFT, false),
            new Plan("ent.fugou", Stage.PRE_CHECK_RETURNED, false),
            new Plan("ent.xiangcheng", Stage.COUNTY_REVIEW, true),
            new Plan("ent.erqi", Stage.COUNTY_REVIEW, true),
            new Plan("ent.zhongyuan", Stage.MUNICIPAL_REVIEW, true),
            new Plan("ent.luyi", Stage.PROVINCIAL_REVIEW, true),
            new Plan("ent.hubin", Stage.RETURNED_BY_COUNTY, true),
            new Plan("ent.zhongmou", Stage.REJECTED, true),
            new Plan("ent.gongyi", Stage.PUBLICITY, true),
            new Plan("ent.lingbao", Stage.PUBLICITY, true),
            new Plan("ent.mianchi", Stage.MUNICIPAL_REVIEW, true));

    private final UserAccounts users;
    private final BatchService batches;
    private final ApplicationService applications;
    private final SubmissionService submissions;
    private final ReviewService reviews;
    private final ReviewTasks tasks;
    private final Clock clock;

    DemoApplications(
            UserAccounts users,
            BatchService batches,
            ApplicationService applications,
            SubmissionService submissions,
            ReviewService reviews,
            ReviewTasks tasks,
            Clock clock) {
        this.users = users;
        this.batches = batches;
        this.applications = applications;
        this.submissions = submissions;
        this.reviews = reviews;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var batch = batches.findByYear(LocalDate.now(clock).getYear()).orElseThrow();
        int created = 0;
        for (var plan : PLANS) {
            var user = user(plan.username());
            if (applications.list(user, null, new Page.Request(0, 1)).total() > 0) {
                continue;
            }
            var form = plan.eligible() ? DemoForms.eligible() : DemoForms.onBlacklist();
            var application = applications.create(
                    user, batch.id(), plan.stage() == Stage.DRAFT && !plan.eligible() ? ApplicationForm.empty() : form);
            carry(user, application.id(), plan.stage());
            created++;
        }
        log.info("Demo data: {} applications created", created);
    }

    private void carry(PlatformUser enterprise, long applicationId, Stage stage) {
        if (stage == Stage.DRAFT) {
            return;
        }
        submissions.submit(enterprise, applicationId);
        var county = applications.find(applicationId).orElseThrow().countyCode();
        switch (stage) {
            case RETURNED_BY_COUNTY -> decide(applicationId, "COUNTY_REVIEW", countyReviewer(county), Outcome.RETURN);
            case REJECTED -> decide(applicationId, "COUNTY_REVIEW", countyReviewer(county), Outcome.REJECT);
            case MUNICIPAL_REVIEW -> decide(applicationId, "COUNTY_REVIEW", countyReviewer(county), Outcome.APPROVE);
            case PROVINCIAL_REVIEW -> decide(applicationId, "COUNTY_REVIEW", countyReviewer(county), Outcome.APPROVE);
            case PUBLICITY -> {
                decide(applicationId, "COUNTY_REVIEW", countyReviewer(county), Outcome.APPROVE);
                if (tasks.openTasksOf(applicationId).stream()
                        .anyMatch(t -> t.step().equals("MUNICIPAL_REVIEW"))) {
                    decide(applicationId, "MUNICIPAL_REVIEW", cityReviewer(county), Outcome.APPROVE);
                }
                decide(applicationId, "PROVINCIAL_REVIEW", user("province.henan"), Outcome.APPROVE);
            }
            default -> {}
        }
    }

    private void decide(long applicationId, String step, PlatformUser reviewer, Outcome outcome) {
        var task = tasks.openTasksOf(applicationId).stream()
                .filter(open -> open.step().equals(step))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("demo: no " + step + " task for application " + applicationId));
        reviews.claim(reviewer, task.id());
        var comment =
                switch (outcome) {
                    case APPROVE -> "材料齐全，符合条件，同意上报。";
                    case RETURN -> "请补充校企合作协议原件扫描件，并核实培训人数。";
                    case REJECT -> "经核查，企业未实际开展校企合作，不予通过。";
                };
        var fieldComments = outcome == Outcome.RETURN
                ? List.of(new Decision.FieldComment("participation.cooperations[0].peopleTrained", "请附培训人员名单"))
                : List.<Decision.FieldComment>of();
        reviews.decide(reviewer, task.id(), new Decision(outcome, comment, fieldComments));
    }

    private PlatformUser countyReviewer(String county) {
        return user(DemoData.countyReviewerOf(county));
    }

    private PlatformUser cityReviewer(String county) {
        return user(DemoData.cityReviewerOf(applicationsCity(county)));
    }

    private static String applicationsCity(String county) {
        return county.substring(0, 4) + "00";
    }

    private PlatformUser user(String username) {
        return users.findByUsername(username).orElseThrow().user();
    }

    private enum Stage {
        DRAFT,
        PRE_CHECK_RETURNED,
        COUNTY_REVIEW,
        RETURNED_BY_COUNTY,
        REJECTED,
        MUNICIPAL_REVIEW,
        PROVINCIAL_REVIEW,
        PUBLICITY
    }

    private record Plan(String username, Stage stage, boolean eligible) {}
}
