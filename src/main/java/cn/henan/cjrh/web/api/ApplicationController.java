package cn.henan.cjrh.web.api;

import cn.henan.cjrh.application.Application;
import cn.henan.cjrh.application.ApplicationHistory;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.application.ApplicationSummary;
import cn.henan.cjrh.application.DossierDiff;
import cn.henan.cjrh.application.DossierVersion;
import cn.henan.cjrh.application.DossierVersions;
import cn.henan.cjrh.application.EvidenceFile;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.application.SubmissionService;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.rules.AssessmentService;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.web.security.CurrentUser;
import cn.henan.cjrh.workflow.ThreeYearPlans;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/applications")
class ApplicationController {
    private final ApplicationService applications;
    private final DossierVersions versions;
    private final EvidenceService evidence;
    private final ApplicationHistory history;
    private final EnterpriseService enterprises;
    private final SubmissionService submissions;
    private final ReviewService reviews;
    private final AssessmentService assessments;
    private final ThreeYearPlans plans;

    ApplicationController(
            ApplicationService applications,
            DossierVersions versions,
            EvidenceService evidence,
            ApplicationHistory history,
            EnterpriseService enterprises,
            SubmissionService submissions,
            ReviewService reviews,
            AssessmentService assessments,
            ThreeYearPlans plans) {
        this.applications = applications;
        this.versions = versions;
        this.evidence = evidence;
        this.history = history;
        this.enterprises = enterprises;
        this.submissions = submissions;
        this.reviews = reviews;
        this.assessments = assessments;
        this.plans = plans;
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(
            summary = "提交申请 — freezes the dossier and starts (or resumes) the review; the answer shows the pre-check")
    ApplicationView submit(@CurrentUser PlatformUser user, @PathVariable long id) {
        submissions.submit(user, id);
        return view(user, applications.get(user, id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "新建申请 — a new draft application of the caller's enterprise in a batch")
    ResponseEntity<ApplicationView> create(
            @CurrentUser PlatformUser user, @Valid @RequestBody ApplicationRequests.Create request) {
        var application = applications.create(user, request.batchId(), request.form());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + application.id()))
                .body(view(user, application));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "保存草稿 — save the form over `version` (DRAFT or RETURNED); a stale version is 409")
    ApplicationView update(
            @CurrentUser PlatformUser user,
            @PathVariable long id,
            @Valid @RequestBody ApplicationRequests.Edit request) {
        return view(user, applications.update(user, id, request.version(), request.form()));
    }

    @PostMapping(path = "/{id}/three-year-plan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "提交三年规划 — a certified enterprise files its three-year plan (PDF, OFD …); this closes its task")
    ResponseEntity<EvidenceFile> threeYearPlan(
            @CurrentUser PlatformUser user, @PathVariable long id, @RequestParam("file") MultipartFile file) {
        var plan = plans.file(user, id, file.getOriginalFilename(), file.getSize(), file);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/evidence/" + plan.id()))
                .body(plan);
    }

    @GetMapping("/{id}")
    @Operation(summary = "申请详情 — for its enterprise and the reviewers whose jurisdiction covers it")
    ApplicationView get(@CurrentUser PlatformUser user, @PathVariable long id) {
        return view(user, applications.get(user, id));
    }

    @GetMapping
    @Operation(summary = "申请列表 — what the caller may see, newest change first")
    Page<ApplicationSummary> list(
            @CurrentUser PlatformUser user,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return applications.list(user, status, new Page.Request(page, size));
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "申报材料版本 — the dossier as submitted the n-th time")
    DossierVersion version(@CurrentUser PlatformUser user, @PathVariable long id, @PathVariable int number) {
        return versions.get(user, id, number);
    }

    @GetMapping("/{id}/versions/{number}/diff")
    @Operation(summary = "版本比对 — changed fields (old and new value) and evidence added or removed from n to m")
    DossierDiff diff(
            @CurrentUser PlatformUser user, @PathVariable long id, @PathVariable int number, @RequestParam int to) {
        return versions.diff(user, id, number, to);
    }

    private ApplicationView view(PlatformUser user, Application application) {
        var enterprise = enterprises.find(application.enterpriseId()).orElseThrow();
        return new ApplicationView(
                application.id(),
                application.number(),
                application.batchId(),
                new ApplicationView.EnterpriseRef(
                        enterprise.id(),
                        enterprise.uscc(),
                        enterprise.name(),
                        enterprise.countyCode(),
                        enterprise.cityCode()),
                application.status(),
                application.version(),
                application.dossierVersion(),
                application.form(),
                assessments.latestFor(application.id()).orElse(null),
                evidence.list(user, application.id()),
                history.of(application.id()),
                reviews.returnsOf(application.id()),
                application.createdAt(),
                application.updatedAt(),
                application.submittedAt());
    }
}
