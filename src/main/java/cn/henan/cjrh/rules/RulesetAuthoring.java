package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.RulesetDraftChanged.Change;
import cn.henan.cjrh.rules.runtime.PublishedVersion;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.InvalidInputException.FieldProblem;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.PayloadTooLargeException;
import cn.henan.cjrh.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 规则编辑 — policy staff change the rules at run time (DESIGN.md §4): copy a version into a draft, edit its DRL files,
 * parameters and test cases, validate and test it, submit it, and have another approver approve it with an effective
 * date, which publishes it on every node. Only drafts change; a version once published never does, so every stored
 * assessment can be replayed with the version it names.
 *
 * <p>Edits of one draft run one after the other: each takes the version row's lock and counts a save in
 * {@code row_version}. A client that sends the count it read ({@code If-Match}) gets a 409 instead of overwriting
 * another editor's save. City policy staff change only parameter entries of their city and its counties; DRL files and
 * test cases are the province's.
 */
@Service
public class RulesetAuthoring {
    /** A DRL file is one clause or one incentive item; anything near this size is a mistake. */
    static final int MAX_FILE_CHARS = 256 * 1024;

    private static final Pattern FILE_PATH = Pattern.compile(
            "(eligibility|incentives)(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*/[A-Za-z0-9_-][A-Za-z0-9._-]*\\.drl");

    private final RulesetVersions versions;
    private final RulesetVersionRepository repository;
    private final Assessor assessor;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RulesetAuthoring(
            RulesetVersions versions,
            RulesetVersionRepository repository,
            Assessor assessor,
            Jurisdictions jurisdictions,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.versions = versions;
        this.repository = repository;
        this.assessor = assessor;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** Every version, oldest first, with its status, effective date and who did each step. */
    public List<RulesetVersion> list() {
        return versions.list();
    }

    /** @throws NotFoundException for an unknown version */
    public RulesetVersion get(int version) {
        return versions.find(version).orElseThrow(() -> notFound(version));
    }

    public List<RulesetFileEntry> files(int version) {
        get(version);
        return repository.files(version);
    }

    /** @throws NotFoundException for an unknown version or a file it does not have */
    public String file(int version, String path) {
        get(version);
        return repository
                .file(version, path)
                .orElseThrow(
                        () -> new NotFoundException("rules.authoring.file-not-found", String.valueOf(version), path));
    }

    public List<Parameter> parameters(int version) {
        get(version);
        return versions.content(version).parameters();
    }

    public List<RulesetTestCase> tests(int version) {
        get(version);
        return versions.content(version).tests();
    }

    /** Compiles the version (sandbox, Drools, metadata, parameters) and reports every problem with file and line. */
    public RulesetValidation validate(int version) {
        get(version);
        return RulesetValidation.of(versions.problems(versions.content(version)));
    }

    /**
     * Runs the version's test cases with the version itself.
     *
     * @throws RulesetInvalidException if it does not compile
     */
    public RulesetTestReport runTests(int version) {
        get(version);
        var content = versions.content(version);
        return new RulesetTestRunner(assessor).run(versions.compiled(version, content), content.tests());
    }

    /** The file, parameter and test differences from one version to another (either order, any status). */
    public RulesetDiff diff(int from, int to) {
        get(from);
        get(to);
        return RulesetDiff.between(from, versions.content(from), to, versions.content(to));
    }

    // ---- editing a draft ----------------------------------------------------------------------------------------

    /**
     * Copies a version's files, parameters and test cases into a new draft. Any version may be the base: a rollback is
     * a draft based on an older version, published like any other.
     *
     * @throws InvalidInputException naming {@code baseVersion} if it does not exist
     */
    @Transactional
    public RulesetVersion createDraft(PlatformUser editor, int baseVersion, String changeNote) {
        if (versions.find(baseVersion).isEmpty()) {
            throw InvalidInputException.of(
                    "baseVersion", "rules.authoring.base-not-found", String.valueOf(baseVersion));
        }
        var note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
        int version = repository.insertDraft(baseVersion, note, editor.username(), now());
        repository.copyContent(baseVersion, version);
        events.publishEvent(new RulesetDraftCreated(version, baseVersion, note, Actor.of(editor)));
        return get(version);
    }

    /**
     * Saves one DRL file of a draft, adding it if the draft does not have it. A file may be saved in any state, even
     * one that does not compile: {@link #validate} says what is wrong, and a draft that does not compile cannot be
     * submitted.
     *
     * @param expectedRowVersion the save count the editor read, or {@code null} not to check
     * @throws InvalidInputException naming {@code path} unless it is a {@code .drl} file below {@code eligibility/} or
     *     {@code incentives/}
     * @throws ForbiddenException for city policy staff, who change parameters only
     */
    @Transactional
    public SavedFile saveFile(
            PlatformUser editor, int version, String path, String content, Integer expectedRowVersion) {
        requireValidPath(path);
        if (content.length() > MAX_FILE_CHARS) {
            throw new PayloadTooLargeException("rules.authoring.file-too-large", path, String.valueOf(MAX_FILE_CHARS));
        }
        requireProvinceStaff(editor, "rules.authoring.city-files");
        lockDraft(version, expectedRowVersion);
        boolean created = repository.saveFile(version, path, content);
        int rowVersion = repository.touch(version);
        var sha256 = RulesetVersionRepository.sha256(content);
        events.publishEvent(new RulesetDraftChanged(
                version,
                Change.FILE_SAVED,
                path,
                sha256,
                List.of(created ? "added" : "changed"),
                rowVersion,
                Actor.of(editor)));
        return new SavedFile(
                new RulesetFileEntry(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, sha256),
                created,
                rowVersion);
    }

    /** @throws NotFoundException if the draft has no such file */
    @Transactional
    public int deleteFile(PlatformUser editor, int version, String path, Integer expectedRowVersion) {
        requireValidPath(path);
        requireProvinceStaff(editor, "rules.authoring.city-files");
        lockDraft(version, expectedRowVersion);
        if (!repository.deleteFile(version, path)) {
            throw new NotFoundException("rules.authoring.file-not-found", String.valueOf(version), path);
        }
        int rowVersion = repository.touch(version);
        events.publishEvent(new RulesetDraftChanged(
                version, Change.FILE_DELETED, path, null, List.of("deleted"), rowVersion, Actor.of(editor)));
        return rowVersion;
    }

    /**
     * Replaces a draft's parameter list. Every entry is checked against the {@link ParameterCatalogue}; a problem is a
     * 400 naming the entry ({@code parameters[3].value}). City policy staff may add, change or remove only entries of
     * their city and its counties.
     */
    @Transactional
    public Edited<List<Parameter>> replaceParameters(
            PlatformUser editor, int version, List<Parameter> parameters, Integer expectedRowVersion) {
        requireValidParameters(parameters);
        lockDraft(version, expectedRowVersion);
        var before = repository.content(version).parameters();
        var diff = RulesetDiff.parameters(before, parameters);
        requireParameterChangesInScope(editor, diff);
        repository.replaceParameters(version, parameters);
        int rowVersion = repository.touch(version);
        events.publishEvent(new RulesetDraftChanged(
                version, Change.PARAMETERS_REPLACED, null, null, describe(diff), rowVersion, Actor.of(editor)));
        return new Edited<>(repository.content(version).parameters(), rowVersion);
    }

    /** Replaces a draft's test cases (the province's: city staff change parameters only). */
    @Transactional
    public Edited<List<RulesetTestCase>> replaceTests(
            PlatformUser editor, int version, List<RulesetTestCase> tests, Integer expectedRowVersion) {
        requireProvinceStaff(editor, "rules.authoring.city-tests");
        requireValidTests(tests);
        lockDraft(version, expectedRowVersion);
        var diff = RulesetDiff.tests(repository.content(version).tests(), tests);
        repository.replaceTests(version, tests);
        int rowVersion = repository.touch(version);
        var changes = new ArrayList<String>();
        diff.added().forEach(name -> changes.add("added: " + name));
        diff.removed().forEach(name -> changes.add("removed: " + name));
        diff.changed().forEach(name -> changes.add("changed: " + name));
        events.publishEvent(new RulesetDraftChanged(
                version, Change.TESTS_REPLACED, null, null, changes, rowVersion, Actor.of(editor)));
        return new Edited<>(repository.content(version).tests(), rowVersion);
    }

    // ---- four eyes ----------------------------------------------------------------------------------------------

    /**
     * DRAFT → PENDING_APPROVAL. The draft must compile. It is compiled and its test cases run now, and both are kept for
     * the approval ({@link PendingBuilds}): approving then only commits, and a failing test case is already known. A
     * draft whose test cases fail may be submitted; it cannot be approved.
     *
     * @throws RulesetInvalidException (409) with every compile problem
     */
    @Transactional
    public RulesetVersion submit(PlatformUser editor, int version, Integer expectedRowVersion) {
        var draft = lockDraft(version, expectedRowVersion);
        var submittedAt = now(); // as stored, so it names this submission's build on every node
        var build = versions.build(new PendingBuilds.Submission(version, submittedAt), repository.content(version));
        repository.submit(version, draft.rowVersion(), editor.username(), submittedAt);
        events.publishEvent(new RulesetSubmitted(version, draft.baseVersion(), draft.changeNote(), Actor.of(editor)));
        // Kept once committed: the poll drops builds of submissions it does not find awaiting approval.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                versions.keepForApproval(build);
            }
        });
        return get(version);
    }

    /**
     * PENDING_APPROVAL → PUBLISHED from {@code effectiveFrom} on, by an approver who did not submit it. Its test cases must
     * all pass on its compiled KieBase, which is then committed and handed to the runtime; both come from the build made
     * when it was submitted (on this node at submission, on the others at their next poll), or, on a node that has not
     * made it yet, are made now. Other nodes pick the publication up from the database within seconds. Assessments
     * dated before {@code effectiveFrom} keep the version in effect then; of two versions effective the same day the
     * later approval wins.
     *
     * @throws InvalidInputException naming {@code effectiveFrom} if it is missing or before today (Asia/Shanghai)
     * @throws ForbiddenException for the submitter (four-eyes), or a city approver for changes outside the city
     * @throws RulesetInvalidException if it does not compile or a test case fails
     */
    public RulesetVersion approve(PlatformUser approver, int version, LocalDate effectiveFrom) {
        var today = LocalDate.now(clock);
        if (effectiveFrom == null) {
            throw InvalidInputException.of("effectiveFrom", "rules.authoring.effective-from.required");
        }
        if (effectiveFrom.isBefore(today)) {
            throw InvalidInputException.of(
                    "effectiveFrom", "rules.authoring.effective-from.past", effectiveFrom.toString(), today.toString());
        }
        var pending = requirePending(version);
        requireFourEyes(approver, pending);
        var content = versions.content(version);
        requireApprovalInScope(approver, pending, content);
        var build = versions.builtForApproval(pending)
                .orElseGet(() -> versions.build(PendingBuilds.Submission.of(pending), content));
        var compiled = build.compiled();
        var report = build.report();
        if (report.failed() > 0) {
            throw RulesetInvalidException.testsFail(version, report);
        }
        var approvedAt = now();
        var published = new PublishedVersion(version, effectiveFrom, approvedAt);
        return versions.publishApproved(
                published,
                compiled,
                () -> transactions.execute(status -> {
                    if (!repository.approve(
                            version, pending.rowVersion(), approver.username(), approvedAt, effectiveFrom)) {
                        throw new ConflictException("rules.authoring.changed-meanwhile", String.valueOf(version));
                    }
                    var actor = Actor.of(approver);
                    events.publishEvent(new RulesetApproved(
                            version, effectiveFrom, pending.submitted().by(), report.passed(), actor));
                    events.publishEvent(new RulesetPublished(
                            version,
                            pending.baseVersion(),
                            effectiveFrom,
                            pending.changeNote(),
                            content.drl().size(),
                            content.parameters().size(),
                            content.tests().size(),
                            actor));
                    return get(version);
                }));
    }

    /**
     * PENDING_APPROVAL → back to DRAFT with the approver's reason (the schema keeps the last rejection on the version;
     * there is no separate REJECTED status). The editors fix the draft and submit it again.
     *
     * @throws InvalidInputException naming {@code reason} if it is blank
     */
    @Transactional
    public RulesetVersion reject(PlatformUser approver, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "rules.authoring.reason.required");
        }
        var pending = repository.findForUpdate(version).orElseThrow(() -> notFound(version));
        if (pending.status() != RulesetStatus.PENDING_APPROVAL) {
            throw notPending(pending);
        }
        requireApprovalInScope(approver, pending, repository.content(version));
        repository.reject(version, pending.rowVersion(), approver.username(), now(), reason.strip());
        events.publishEvent(
                new RulesetRejected(version, reason.strip(), pending.submitted().by(), Actor.of(approver)));
        return get(version);
    }

    /**
     * PUBLISHED → RETIRED: the version stops deciding assessments; a stored decision that names it can still be
     * replayed. For a publication scheduled for a later date that must not happen, or a superseded version nobody
     * should assess with any more. The version in effect today cannot be retired: going back is a new version based
     * on an older one, tested and approved like any other, so the history stays linear. Every node drops the version
     * from its runtime on its next poll; this node at once.
     *
     * @throws InvalidInputException naming {@code reason} if it is blank
     * @throws ConflictException if the version is not published, or is the one in effect today
     * @throws ForbiddenException for a city approver and a version that changes more than the city's overlays
     */
    public RulesetVersion retire(PlatformUser approver, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "rules.authoring.retire-reason.required");
        }
        return versions.retireCommitted(
                version,
                () -> transactions.execute(status -> {
                    var published = repository.findForUpdate(version).orElseThrow(() -> notFound(version));
                    if (published.status() != RulesetStatus.PUBLISHED) {
                        throw new ConflictException(
                                "rules.authoring.not-published",
                                String.valueOf(version),
                                published.status().name());
                    }
                    var today = LocalDate.now(clock);
                    if (versions.inEffectOn(today)
                            .filter(active -> active.version() == version)
                            .isPresent()) {
                        throw new ConflictException("rules.authoring.retire-in-effect", String.valueOf(version));
                    }
                    requireApprovalInScope(approver, published, repository.content(version));
                    if (!repository.retire(
                            version, published.rowVersion(), approver.username(), now(), reason.strip())) {
                        throw new ConflictException("rules.authoring.changed-meanwhile", String.valueOf(version));
                    }
                    events.publishEvent(
                            new RulesetRetired(version, published.effectiveFrom(), reason.strip(), Actor.of(approver)));
                    return get(version);
                }));
    }

    // ---- answers --------------------------------------------------------------------------------------------------

    /** A saved file, whether it is new in the draft, and the draft's save count after it. */
    public record SavedFile(RulesetFileEntry file, boolean created, int rowVersion) {}

    /** What a draft holds after an edit, and its save count. */
    public record Edited<T>(T content, int rowVersion) {}

    // ---- checks ---------------------------------------------------------------------------------------------------

    /** A path below {@code eligibility/} or {@code incentives/}, ending in {@code .drl}, without {@code ..}. */
    public static boolean isValidPath(String path) {
        return path != null && path.length() <= 300 && FILE_PATH.matcher(path).matches() && !path.contains("..");
    }

    private static void requireValidPath(String path) {
        if (!isValidPath(path)) {
            throw InvalidInputException.of("path", "rules.authoring.path-invalid", String.valueOf(path));
        }
    }

    private static void requireValidParameters(List<Parameter> parameters) {
        var problems = ParameterCatalogue.problems(parameters);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(problem -> new FieldProblem(
                            problem.index() < 0
                                    ? "parameters"
                                    : "parameters[" + problem.index() + "]." + problem.field(),
                            problem.messageKey(),
                            problem.args().toArray()))
                    .toList());
        }
    }

    private static void requireValidTests(List<RulesetTestCase> tests) {
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < tests.size(); i++) {
            var test = tests.get(i);
            if (test.name() == null || test.name().isBlank()) {
                problems.add(new FieldProblem("tests[" + i + "].name", "rules.authoring.test-name.required"));
            }
            if (test.asOf() == null) {
                problems.add(new FieldProblem("tests[" + i + "].asOf", "rules.authoring.test-as-of.required"));
            }
            if (test.jurisdictionCode() != null && !test.jurisdictionCode().matches("41\\d{4}")) {
                problems.add(new FieldProblem(
                        "tests[" + i + "].jurisdictionCode",
                        "rules.authoring.test-jurisdiction",
                        test.jurisdictionCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The draft, locked for this transaction, if it is a draft and (when asked) still at the save count the editor read. */
    private RulesetVersion lockDraft(int version, Integer expectedRowVersion) {
        var draft = repository.findForUpdate(version).orElseThrow(() -> notFound(version));
        if (draft.status() != RulesetStatus.DRAFT) {
            throw new ConflictException(
                    "rules.authoring.not-draft",
                    String.valueOf(version),
                    draft.status().name());
        }
        if (expectedRowVersion != null && expectedRowVersion != draft.rowVersion()) {
            throw new StaleVersionException(
                    "rules.authoring.stale",
                    String.valueOf(version),
                    String.valueOf(expectedRowVersion),
                    String.valueOf(draft.rowVersion()));
        }
        return draft;
    }

    private RulesetVersion requirePending(int version) {
        var pending = get(version);
        if (pending.status() != RulesetStatus.PENDING_APPROVAL) {
            throw notPending(pending);
        }
        return pending;
    }

    private static ConflictException notPending(RulesetVersion version) {
        return new ConflictException(
                "rules.authoring.not-pending",
                String.valueOf(version.version()),
                version.status().name());
    }

    /** 四眼原则: whoever submitted a version never approves it. */
    private static void requireFourEyes(PlatformUser approver, RulesetVersion pending) {
        if (pending.submitted() != null
                && approver.username().equals(pending.submitted().by())) {
            throw new ForbiddenException("rules.authoring.four-eyes", String.valueOf(pending.version()));
        }
    }

    /** Province policy staff change everything; others (a city's) only parameter entries inside their jurisdiction. */
    private boolean isProvinceStaff(PlatformUser user) {
        var code = user.jurisdictionCode();
        return code == null || Jurisdiction.HENAN.equals(code);
    }

    private void requireProvinceStaff(PlatformUser user, String messageKey) {
        if (!isProvinceStaff(user)) {
            throw new ForbiddenException(messageKey, user.jurisdictionCode());
        }
    }

    private void requireParameterChangesInScope(PlatformUser user, RulesetDiff.Parameters diff) {
        if (isProvinceStaff(user)) {
            return;
        }
        var touched = new ArrayList<Parameter>(diff.added());
        touched.addAll(diff.removed());
        diff.changed().forEach(change -> touched.add(change.from()));
        for (var parameter : touched) {
            if (!jurisdictions.covers(user.jurisdictionCode(), parameter.getJurisdictionCode())) {
                throw new ForbiddenException(
                        "rules.authoring.city-parameter",
                        user.jurisdictionCode(),
                        parameter.getKey(),
                        parameter.getJurisdictionCode());
            }
        }
    }

    /**
     * A city's approver approves (or rejects) only versions whose changes from their base are parameter entries of that
     * city: approving a province change would bypass the province's own four eyes.
     */
    private void requireApprovalInScope(PlatformUser approver, RulesetVersion version, RulesetFiles content) {
        if (isProvinceStaff(approver)) {
            return;
        }
        int baseVersion = version.baseVersion() == null ? version.version() : version.baseVersion();
        var diff = RulesetDiff.between(baseVersion, versions.content(baseVersion), version.version(), content);
        boolean onlyParameters = diff.files().added().isEmpty()
                && diff.files().removed().isEmpty()
                && diff.files().changed().isEmpty()
                && diff.tests().added().isEmpty()
                && diff.tests().removed().isEmpty()
                && diff.tests().changed().isEmpty();
        boolean inScope = onlyParameters
                && java.util.stream.Stream.of(
                                diff.parameters().added().stream(),
                                diff.parameters().removed().stream(),
                                diff.parameters().changed().stream().map(RulesetDiff.ParameterChange::from))
                        .flatMap(s -> s)
                        .allMatch(p -> jurisdictions.covers(approver.jurisdictionCode(), p.getJurisdictionCode()));
        if (!inScope) {
            throw new ForbiddenException(
                    "rules.authoring.city-approval", String.valueOf(version.version()), approver.jurisdictionCode());
        }
    }

    private static List<String> describe(RulesetDiff.Parameters diff) {
        var lines = new ArrayList<String>();
        diff.added().forEach(p -> lines.add(p.getKey() + "@" + p.getJurisdictionCode() + ": + " + p.getTextValue()));
        diff.removed().forEach(p -> lines.add(p.getKey() + "@" + p.getJurisdictionCode() + ": - " + p.getTextValue()));
        diff.changed()
                .forEach(change -> lines.add(change.key() + "@" + change.jurisdictionCode() + ": "
                        + change.from().getTextValue() + " → " + change.to().getTextValue()));
        return lines;
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it, so every node orders alike
    }

    private static NotFoundException notFound(int version) {
        return new NotFoundException("rules.ruleset.not-found", String.valueOf(version));
    }
}
