package cn.henan.cjrh.support;

import cn.henan.cjrh.application.Application;
import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.Batch;
import cn.henan.cjrh.application.BatchRequest;
import cn.henan.cjrh.application.BatchService;
import cn.henan.cjrh.application.SubmissionService;
import cn.henan.cjrh.enterprise.Registration;
import cn.henan.cjrh.enterprise.RegistrationService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.NewUser;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.identity.UserAccounts;
import cn.henan.cjrh.shared.Uscc;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/**
 * Creates test data through the modules' own APIs, with keys unique to each call (valid USCCs, fresh usernames), so
 * tests never collide, even on a long-lived database.
 */
@TestComponent
public class Fixtures {
    public static final String PASSWORD = "Test@2026pw";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom random = new SecureRandom();
    private static final AtomicInteger sequence = new AtomicInteger();

    private final RegistrationService registrations;
    private final UserAccounts users;
    private final BatchService batches;
    private final ApplicationService applications;
    private final SubmissionService submissions;
    private final Clock clock;
    private final org.camunda.bpm.engine.ManagementService engineJobs;
    private final org.camunda.bpm.engine.RuntimeService engineRuntime;

    Fixtures(
            RegistrationService registrations,
            UserAccounts users,
            BatchService batches,
            ApplicationService applications,
            SubmissionService submissions,
            Clock clock,
            org.camunda.bpm.engine.ManagementService engineJobs,
            org.camunda.bpm.engine.RuntimeService engineRuntime) {
        this.registrations = registrations;
        this.users = users;
        this.batches = batches;
        this.applications = applications;
        this.submissions = submissions;
        this.clock = clock;
        this.engineJobs = engineJobs;
        this.engineRuntime = engineRuntime;
    }

    /** A draft with the eligible example form of DESIGN.md §5a, submitted: the process has run its pre-check. */
    public DraftApplication submittedEligibleApplication(String countyCode) {
        return submittedApplication(countyCode, Forms.eligible());
    }

    public DraftApplication submittedApplication(String countyCode, ApplicationForm form) {
        var draft = draftApplication(countyCode, form);
        submissions.submit(draft.user(), draft.id());
        return draft;
    }

    public Application reload(DraftApplication draft) {
        return applications.find(draft.id()).orElseThrow();
    }

    /** Fires a timer of the application's process now (the job executor is off in tests). */
    public void runTimer(DraftApplication draft, String activityId) {
        var job = engineJobs
                .createJobQuery()
                .processInstanceId(processIdOf(draft))
                .timers()
                .activityId(activityId)
                .singleResult();
        if (job == null) {
            throw new AssertionError(
                    "no timer at " + activityId + " for " + draft.application().number());
        }
        engineJobs.executeJob(job.getId());
    }

    /** Runs the process's pending async continuation (e.g. 纳入认证目录) now. */
    public void runAsyncJob(DraftApplication draft) {
        var job = engineJobs
                .createJobQuery()
                .processInstanceId(processIdOf(draft))
                .messages()
                .singleResult();
        if (job == null) {
            throw new AssertionError("no async job for " + draft.application().number());
        }
        engineJobs.executeJob(job.getId());
    }

    /** Ends the publicity of an application in 公示 and runs its certification: it enters the directory. */
    public void endPublicity(DraftApplication draft) {
        runTimer(draft, cn.henan.cjrh.workflow.CertificationProcess.Events.PUBLICITY_ENDED);
        runAsyncJob(draft);
    }

    private String processIdOf(DraftApplication draft) {
        return engineRuntime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(draft.application().number())
                .singleResult()
                .getId();
    }

    /** This year's batch, open now (created or reopened as needed; a long-lived test database keeps it). */
    public synchronized Batch openBatch() {
        int year = LocalDate.now(clock).getYear();
        var now = clock.instant();
        var window = new BatchRequest(year, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(60)));
        return batches.findByYear(year)
                .map(batch -> batch.isOpenAt(now) ? batch : batches.update(Actor.SYSTEM, batch.id(), window))
                .orElseGet(() -> batches.create(Actor.SYSTEM, window));
    }

    /** A batch of an unused far-future year whose window is long past: it takes no applications. */
    public synchronized Batch closedBatch() {
        for (int year = 2031 + random.nextInt(60); ; year = 2031 + random.nextInt(70)) {
            if (batches.findByYear(year).isEmpty()) {
                var closesAt = clock.instant().minus(Duration.ofDays(1));
                return batches.create(
                        Actor.SYSTEM, new BatchRequest(year, closesAt.minus(Duration.ofDays(60)), closesAt));
            }
        }
    }

    /** A draft of a fresh enterprise in {@code countyCode}, in this year's open batch. */
    public DraftApplication draftApplication(String countyCode, ApplicationForm form) {
        var enterprise = registeredEnterprise(countyCode);
        var user = users.findByUsername(enterprise.username()).orElseThrow().user();
        var application = applications.create(user, openBatch().id(), form);
        return new DraftApplication(application, enterprise, user);
    }

    /** A valid GB 32100 code for an enterprise registered in {@code countyCode}, never handed out before. */
    public static String uniqueUscc(String countyCode) {
        var body = new StringBuilder("91").append(countyCode).append("MA");
        for (int i = 0; i < 7; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return body.append(Uscc.checkCharacter(body.toString())).toString();
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36) + sequence.incrementAndGet();
    }

    /** A registration request body as the API takes it; tests change one field to see it refused. */
    public static Map<String, Object> registrationBody(String countyCode) {
        var body = new LinkedHashMap<String, Object>();
        body.put("uscc", uniqueUscc(countyCode));
        body.put("name", "测试企业" + sequence.incrementAndGet() + "有限公司");
        body.put("countyCode", countyCode);
        body.put("legalRepresentative", "张三");
        body.put("contactName", "李四");
        body.put("contactPhone", "0394-1234567");
        body.put("username", uniqueUsername("ent"));
        body.put("password", PASSWORD);
        return body;
    }

    /** A registered enterprise with its first user (password {@link #PASSWORD}). */
    public RegisteredEnterprise registeredEnterprise(String countyCode) {
        var body = registrationBody(countyCode);
        var registered = registrations.register(new Registration(
                (String) body.get("uscc"),
                (String) body.get("name"),
                countyCode,
                "张三",
                "李四",
                "0394-1234567",
                (String) body.get("username"),
                PASSWORD));
        return new RegisteredEnterprise(
                registered.enterpriseId(), registered.uscc(), registered.username(), countyCode);
    }

    /** A staff user (reviewer, policy staff, admin) of the given jurisdiction (password {@link #PASSWORD}). */
    public PlatformUser staff(Role role, String jurisdictionCode) {
        return users.create(new NewUser(
                uniqueUsername(role.name().toLowerCase(java.util.Locale.ROOT)),
                PASSWORD,
                "测试" + role.name(),
                role,
                jurisdictionCode,
                null));
    }

    public record RegisteredEnterprise(long id, String uscc, String username, String countyCode) {}

    public record DraftApplication(Application application, RegisteredEnterprise enterprise, PlatformUser user) {
        public long id() {
            return application.id();
        }
    }
}
