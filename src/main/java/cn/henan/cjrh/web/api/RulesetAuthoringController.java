package cn.henan.cjrh.web.api;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.ImpactAnalysis;
import cn.henan.cjrh.rules.ImpactJob;
import cn.henan.cjrh.rules.ImpactReport;
import cn.henan.cjrh.rules.Parameter;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetDiff;
import cn.henan.cjrh.rules.RulesetFileEntry;
import cn.henan.cjrh.rules.RulesetInvalidException;
import cn.henan.cjrh.rules.RulesetTestCase;
import cn.henan.cjrh.rules.RulesetTestReport;
import cn.henan.cjrh.rules.RulesetValidation;
import cn.henan.cjrh.rules.RulesetVersion;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 规则编辑 — ruleset versions for policy staff (DESIGN.md §5 {@code /rulesets}): drafts, their DRL files, parameters and
 * test cases, validation, test runs, four-eyes approval and differences. Edits of a draft answer its save count as
 * {@code ETag}; a client that sends it back as {@code If-Match} gets a 409 instead of overwriting someone else's save.
 */
@RestController
@RequestMapping("/api/v1/rulesets")
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class RulesetAuthoringController {
    private static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final RulesetAuthoring authoring;
    private final ImpactAnalysis impact;
    private final MessageSource messages;

    RulesetAuthoringController(RulesetAuthoring authoring, ImpactAnalysis impact, MessageSource messages) {
        this.authoring = authoring;
        this.impact = impact;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "规则集版本列表 — every version, oldest first, with status, effectiveFrom, who did each step")
    Items<RulesetVersion> list() {
        return new Items<>(authoring.list());
    }

    @GetMapping("/{version}")
    @Operation(summary = "规则集版本 — one version; ETag is its save count")
    ResponseEntity<RulesetVersion> get(@PathVariable int version) {
        var found = authoring.get(version);
        return ResponseEntity.ok().eTag(String.valueOf(found.rowVersion())).body(found);
    }

    @PostMapping
    @Operation(
            summary = "新建草稿 — copy a version's files, parameters and test cases into a new draft",
            description = "A rollback is a draft based on an older version, published like any other.")
    ResponseEntity<RulesetVersion> create(@CurrentUser PlatformUser user, @Valid @RequestBody CreateBody body) {
        var draft = authoring.createDraft(user, body.baseVersion(), body.changeNote());
        return ResponseEntity.created(URI.create("/api/v1/rulesets/" + draft.version()))
                .eTag(String.valueOf(draft.rowVersion()))
                .body(draft);
    }

    @GetMapping("/{version}/files")
    @Operation(summary = "规则文件列表 — {items: [{path, size, sha256}]}")
    Items<RulesetFileEntry> files(@PathVariable int version) {
        return new Items<>(authoring.files(version));
    }

    @GetMapping("/{version}/files/{*path}")
    @Operation(summary = "规则文件 — one DRL file as text/plain, e.g. eligibility/E01-registered-three-years.drl")
    ResponseEntity<String> file(@PathVariable int version, @PathVariable String path) {
        var content = authoring.file(version, relative(path));
        return ResponseEntity.ok()
                .contentType(TEXT_UTF8)
                .eTag(String.valueOf(authoring.get(version).rowVersion()))
                .body(content);
    }

    @PutMapping("/{version}/files/{*path}")
    @Operation(
            summary = "保存规则文件 — save (or add) a DRL file of a draft; the body is the UTF-8 text",
            description = "201 when the file is new in the draft, 200 when replaced; 409 unless a draft, or If-Match "
                    + "is stale; 400 for a path outside eligibility/ and incentives/ or not ending in .drl.")
    ResponseEntity<RulesetFileEntry> saveFile(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @PathVariable String path,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) byte[] body) {
        var saved = authoring.saveFile(user, version, relative(path), utf8(body), rowVersion(ifMatch));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(String.valueOf(saved.rowVersion()))
                .body(saved.file());
    }

    @DeleteMapping("/{version}/files/{*path}")
    @Operation(summary = "删除规则文件 — remove a DRL file from a draft")
    ResponseEntity<Void> deleteFile(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @PathVariable String path,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        int rowVersion = authoring.deleteFile(user, version, relative(path), rowVersion(ifMatch));
        return ResponseEntity.noContent().eTag(String.valueOf(rowVersion)).build();
    }

    @GetMapping("/{version}/parameters")
    @Operation(summary = "参数 — a plain array of {key, jurisdictionCode, value, unit, source}")
    ResponseEntity<List<Parameter>> parameters(@PathVariable int version) {
        return ResponseEntity.ok()
                .eTag(String.valueOf(authoring.get(version).rowVersion()))
                .body(authoring.parameters(version));
    }

    @PutMapping("/{version}/parameters")
    @Operation(
            summary = "替换参数 — replace a draft's parameter list",
            description = "Unknown keys and bad values are a 400 naming the entry (parameters[3].value). City policy "
                    + "staff may change only entries of their city and its counties (403 otherwise).")
    ResponseEntity<List<Parameter>> replaceParameters(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody List<Parameter> parameters) {
        var edited = authoring.replaceParameters(user, version, parameters, rowVersion(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(edited.rowVersion())).body(edited.content());
    }

    @GetMapping("/{version}/tests")
    @Operation(summary = "测试用例 — the version's test cases, same shape as rules/tests/*.yaml")
    ResponseEntity<List<RulesetTestCase>> tests(@PathVariable int version) {
        return ResponseEntity.ok()
                .eTag(String.valueOf(authoring.get(version).rowVersion()))
                .body(authoring.tests(version));
    }

    @PutMapping("/{version}/tests")
    @Operation(summary = "替换测试用例 — replace a draft's test cases (province policy staff)")
    ResponseEntity<List<RulesetTestCase>> replaceTests(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody List<RulesetTestCase> tests) {
        var edited = authoring.replaceTests(user, version, tests, rowVersion(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(edited.rowVersion())).body(edited.content());
    }

    @PostMapping("/{version}/validate")
    @Operation(
            summary =
                    "校验 — compile (sandbox, Drools, metadata, parameters): {ok, messages: [{file, line, column, text}]}")
    RulesetValidation validate(@PathVariable int version) {
        return authoring.validate(version);
    }

    @PostMapping("/{version}/tests/run")
    @Operation(
            summary = "运行测试 — the version's test cases: {passed, failed, results[]}",
            description = "Each result lists what the rules answered differently; 409 with messages if it does not "
                    + "compile.")
    RulesetTestReport runTests(@PathVariable int version) {
        return authoring.runTests(version);
    }

    @PostMapping("/{version}/impact")
    @Operation(
            summary = "影响分析 — re-assess the stored past applications with this version, in the background",
            description = "202 {jobId, status, total}; each application's latest submitted dossier version is assessed "
                    + "with this version (compiled once) and with the version in effect on its submission date. "
                    + "409 with the messages if it does not compile; 429 when enough analyses are running already.")
    ResponseEntity<ImpactView> startImpact(@CurrentUser PlatformUser user, @PathVariable int version) {
        var job = impact.start(user, version);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/rulesets/" + version + "/impact/" + job.jobId()))
                .body(ImpactView.of(job));
    }

    @GetMapping("/{version}/impact")
    @Operation(summary = "影响分析任务 — the version's 20 most recent analyses, newest first, without their reports")
    Items<ImpactView> impactJobs(@PathVariable int version) {
        return new Items<>(impact.recent(version).stream().map(ImpactView::of).toList());
    }

    @GetMapping("/{version}/impact/{jobId}")
    @Operation(
            summary = "影响分析进度与结果 — {status, processed, total, progress, result}",
            description = "result (once DONE): {applications, becameIneligible, becameEligible, byClause, byCity, "
                    + "incentives}; a FAILED job names its error.")
    ImpactView impactJob(@PathVariable int version, @PathVariable long jobId) {
        return ImpactView.of(impact.job(version, jobId));
    }

    @GetMapping({"/{version}/impact/{jobId}.csv", "/{version}/impact/{jobId}/csv"})
    @Operation(
            summary = "影响分析明细 CSV — every application whose result changed (UTF-8 with BOM for Excel)",
            description = "409 while the job is still running.")
    void impactCsv(@PathVariable int version, @PathVariable long jobId, HttpServletResponse response)
            throws java.io.IOException {
        impact.requireDone(version, jobId);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"impact-" + version + "-" + jobId + ".csv\"");
        impact.writeCsv(version, jobId, response.getOutputStream());
    }

    @PostMapping("/{version}/submit")
    @Operation(summary = "提交审批 — DRAFT → PENDING_APPROVAL; a draft that does not compile is a 409 with the messages")
    ResponseEntity<RulesetVersion> submit(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var submitted = authoring.submit(user, version, rowVersion(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(submitted.rowVersion())).body(submitted);
    }

    @PostMapping("/{version}/approve")
    @PreAuthorize("hasRole('POLICY_APPROVER')")
    @Operation(
            summary = "审批发布 — publish from effectiveFrom (today or later); never by the submitter (403)",
            description = "The version must compile and pass all its test cases (409 with them otherwise).")
    RulesetVersion approve(@CurrentUser PlatformUser user, @PathVariable int version, @RequestBody ApproveBody body) {
        return authoring.approve(user, version, body.effectiveFrom());
    }

    @PostMapping("/{version}/reject")
    @PreAuthorize("hasRole('POLICY_APPROVER')")
    @Operation(summary = "退回 — back to DRAFT with a reason (required)")
    RulesetVersion reject(@CurrentUser PlatformUser user, @PathVariable int version, @RequestBody RejectBody body) {
        return authoring.reject(user, version, body.reason());
    }

    @PostMapping("/{version}/retire")
    @PreAuthorize("hasRole('POLICY_APPROVER')")
    @Operation(
            summary = "停用 — PUBLISHED → RETIRED with a reason (required); not the version in effect today (409)",
            description = "For a scheduled publication that must not happen, or a superseded version. Going back from"
                    + " the version in effect is a new version based on an older one.")
    RulesetVersion retire(@CurrentUser PlatformUser user, @PathVariable int version, @RequestBody RetireBody body) {
        return authoring.retire(user, version, body.reason());
    }

    @GetMapping("/{from}/diff/{to}")
    @Operation(summary = "版本比对 — files added/removed/changed (unified diff, line ranges), parameters and test cases")
    RulesetDiff diff(@PathVariable int from, @PathVariable int to) {
        return authoring.diff(from, to);
    }

    /** A version that does not compile or fails its tests: the problem lists what to fix. */
    @ExceptionHandler(RulesetInvalidException.class)
    ProblemDetail onInvalid(RulesetInvalidException ex, Locale locale) {
        var kind = ProblemTypes.CONFLICT;
        var problem = ProblemDetail.forStatusAndDetail(
                kind.status(), messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale));
        problem.setType(kind.type());
        problem.setTitle(messages.getMessage(kind.titleKey(), null, locale));
        problem.setProperty("messages", ex.messages());
        problem.setProperty("failedTests", ex.failedTests());
        return problem;
    }

    /** {@code {*path}} keeps the slashes and starts with one. */
    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3}; absent means "do not check". */
    private static Integer rowVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "rules.authoring.if-match", ifMatch);
        }
    }

    /** The body as UTF-8, whatever charset the client named: DRL files are UTF-8, and Chinese text must survive. */
    private static String utf8(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("content", "rules.authoring.file-encoding");
        }
    }

    record Items<T>(List<T> items) {}

    record CreateBody(
            @NotNull(message = "{rules.authoring.base-version.required}") Integer baseVersion,
            @Size(max = 2000, message = "{rules.authoring.change-note.too-long}") String changeNote) {}

    record ApproveBody(LocalDate effectiveFrom) {}

    /** An impact analysis job as the API shows it. */
    record ImpactView(
            long jobId,
            int version,
            ImpactJob.Status status,
            int processed,
            int total,
            double progress,
            Instant startedAt,
            Instant finishedAt,
            String requestedBy,
            ImpactReport result,
            String error) {
        static ImpactView of(ImpactJob job) {
            return new ImpactView(
                    job.jobId(),
                    job.version(),
                    job.status(),
                    job.processed(),
                    job.total(),
                    job.progress(),
                    job.startedAt(),
                    job.finishedAt(),
                    job.requestedBy(),
                    job.result(),
                    job.error());
        }
    }

    record RejectBody(String reason) {}

    /** Why the version is taken out of effect. */
    record RetireBody(String reason) {}
}
