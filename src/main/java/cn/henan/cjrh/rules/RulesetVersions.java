package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.rules.runtime.CompiledRuleset;
import cn.henan.cjrh.rules.runtime.PublishedVersion;
import cn.henan.cjrh.rules.runtime.RulesRuntime;
import cn.henan.cjrh.rules.runtime.RulesetCompiler;
import cn.henan.cjrh.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 规则集版本 — the ruleset versions stored in PostgreSQL and the runtime that holds the published ones compiled. Version
 * 1 is the repository's {@code rules/}, written on the platform's first start; the runtime is then filled from the
 * database, so every node decides with exactly what is stored.
 */
@Service
public class RulesetVersions {
    static final String BASELINE_APPROVER = Actor.SYSTEM.username();
    static final String BASELINE_NOTE = "基线规则集：仓库 rules/ 目录中的规则、参数和测试用例，平台首次启动时载入";
    private static final Logger log = LoggerFactory.getLogger(RulesetVersions.class);

    private final RulesetVersionRepository repository;
    private final RulesRuntime runtime;
    private final RulesetCompiler compiler = new RulesetCompiler();
    private final RulesetTestRunner testRunner;
    private final PendingBuilds pendingBuilds = new PendingBuilds();
    /** Submissions that would not build here (e.g. stored by a node with other code); not tried again every poll. */
    private final Set<PendingBuilds.Submission> failedBuilds = ConcurrentHashMap.newKeySet();

    private final ApplicationEventPublisher events;
    private final Clock clock;

    RulesetVersions(
            RulesetVersionRepository repository,
            RulesRuntime runtime,
            Assessor assessor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.testRunner = new RulesetTestRunner(assessor);
        this.events = events;
        this.clock = clock;
    }

    public Optional<RulesetVersion> find(int version) {
        return repository.find(version);
    }

    /** Every version, oldest first. */
    public List<RulesetVersion> list() {
        return repository.all();
    }

    /** A version's DRL files, parameters and test cases. */
    public RulesetFiles content(int version) {
        if (!repository.exists(version)) {
            throw new NotFoundException("rules.ruleset.not-found", version);
        }
        return repository.content(version);
    }

    /** The version that decides an assessment dated today (Asia/Shanghai). */
    public ActiveRuleset active() {
        var today = LocalDate.now(clock);
        return inEffectOn(today).orElseThrow(() -> new NotFoundException("rules.ruleset.none-in-effect", today));
    }

    /** The version that decides an assessment dated {@code date}, if one is in effect then. */
    public Optional<ActiveRuleset> inEffectOn(LocalDate date) {
        return runtime.publishedInEffectOn(date)
                .map(published -> new ActiveRuleset(published.version(), published.effectiveFrom()));
    }

    /**
     * A version compiled, to replay a stored decision: the runtime's copy while it is published, otherwise (retired)
     * compiled afresh from the database.
     */
    CompiledRuleset compiled(int version) {
        return compiled(version, content(version));
    }

    /**
     * A version compiled from the given content (its stored content, already read by the caller): the runtime's copy
     * while it is published, otherwise compiled now. The platform's one compiler builds it, so what it learnt of the
     * class path in earlier builds helps every caller (validation, test runs, impact analysis, approval).
     *
     * @throws RulesetInvalidException (409) with every problem if it does not compile
     */
    CompiledRuleset compiled(int version, RulesetFiles content) {
        var held = runtime.published().stream().anyMatch(published -> published.version() == version);
        if (held) {
            return runtime.version(version);
        }
        try {
            return compiler.compile(version, content);
        } catch (RulesetRejectedException e) {
            throw RulesetInvalidException.doesNotCompile(version, e.messages());
        }
    }

    /** Every problem that stops the content from compiling (sandbox, compiler, metadata, parameters); empty if none. */
    List<RulesetMessage> problems(RulesetFiles content) {
        return compiler.validate(content);
    }

    /**
     * Compiles a version's content and runs its test cases on the result: what approval needs, done when the version is
     * submitted (see {@link PendingBuilds}).
     *
     * @throws RulesetInvalidException (409) with every problem if it does not compile
     */
    PendingBuilds.Build build(PendingBuilds.Submission submission, RulesetFiles content) {
        var compiled = compiled(submission.version(), content);
        return new PendingBuilds.Build(submission, compiled, testRunner.run(compiled, content.tests()));
    }

    /**
     * Keeps a committed submission's build for its approval on this node; under the poll's lock, so a poll that read the
     * versions awaiting approval before the commit cannot drop it.
     */
    synchronized void keepForApproval(PendingBuilds.Build build) {
        pendingBuilds.keep(build);
    }

    /** The build of a pending version's current submission, if this node has made it. */
    Optional<PendingBuilds.Build> builtForApproval(RulesetVersion pending) {
        return pendingBuilds.of(pending);
    }

    /**
     * Writes version 1 from the given files if the database has no version 1 yet: PUBLISHED, effective from
     * 2019-01-01, approved by {@code system}. Two nodes starting together both try; the primary key lets exactly one
     * insert, and the other waits for its commit and finds the version there.
     *
     * @return whether this call wrote it
     */
    @Transactional
    boolean seedBaseline(RulesetFiles baseline) {
        if (repository.exists(RulesConfiguration.BASELINE_VERSION)) {
            warnIfDifferent(baseline);
            return false;
        }
        var inserted = repository.insertPublished(
                RulesConfiguration.BASELINE_VERSION,
                null,
                RulesConfiguration.BASELINE_EFFECTIVE_FROM,
                BASELINE_NOTE,
                BASELINE_APPROVER,
                clock.instant());
        if (!inserted) {
            return false; // another node wrote it first, and has committed by now
        }
        repository.insertContent(RulesConfiguration.BASELINE_VERSION, baseline);
        events.publishEvent(new RulesetPublished(
                RulesConfiguration.BASELINE_VERSION,
                null,
                RulesConfiguration.BASELINE_EFFECTIVE_FROM,
                BASELINE_NOTE,
                baseline.drl().size(),
                baseline.parameters().size(),
                baseline.tests().size(),
                Actor.SYSTEM));
        log.info(
                "Ruleset version 1 stored from the classpath rules/: {} DRL files, {} parameters, {} test cases",
                baseline.drl().size(),
                baseline.parameters().size(),
                baseline.tests().size());
        return true;
    }

    /**
     * Brings the runtime in line with the database: adds every PUBLISHED version it does not hold yet (as built while
     * it awaited approval if this node built it then, see {@link #buildAwaitingApproval()}, otherwise compiled now;
     * each is compiled once), and drops the ones no longer published. Called at start-up; a node can call it again to
     * pick up what another node published.
     *
     * <p>Every node runs it every few seconds ({@code cjrh.rules.sync-interval}, {@link RulesetSynchronisation}), so a
     * version approved on one node decides on all of them within seconds; the database is the only channel.
     *
     * @throws RulesetRejectedException if a published version does not compile: deciding with an older version
     *     instead would be silently wrong, so the node refuses to start
     */
    public synchronized void synchronise() {
        var published = repository.withStatus(RulesetStatus.PUBLISHED);
        var held = new HashSet<Integer>();
        runtime.published().forEach(version -> held.add(version.version()));
        RulesetRejectedException failure = null;
        for (var version : published) {
            if (!held.remove(version.version())) {
                var publication = new PublishedVersion(
                        version.version(),
                        version.effectiveFrom(),
                        version.approved().at());
                var built = pendingBuilds.of(version);
                if (built.isPresent()) { // built while it awaited approval: nothing to compile now
                    runtime.hold(publication, built.get().compiled());
                    log.info(
                            "Ruleset version {} in the runtime as built at submission, effective from {}",
                            version.version(),
                            version.effectiveFrom());
                    continue;
                }
                try {
                    runtime.publish(publication, repository.content(version.version()));
                    log.info(
                            "Ruleset version {} compiled and in the runtime, effective from {}",
                            version.version(),
                            version.effectiveFrom());
                } catch (RulesetRejectedException e) {
                    // the others still get picked up; the caller hears of the first failure
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        held.forEach(runtime::retire); // held but no longer published
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Builds and tests every version awaiting approval that this node has not built yet, so that whichever node the
     * approval reaches commits at once, and every node switches to the version without compiling it then. Run by the
     * poll, not at start-up: a node starts as fast as before and builds these in the background.
     */
    synchronized void buildAwaitingApproval() {
        var awaiting = repository.withStatus(RulesetStatus.PENDING_APPROVAL);
        var submissions = awaiting.stream().map(PendingBuilds.Submission::of).collect(Collectors.toSet());
        pendingBuilds.retainOnly(submissions);
        failedBuilds.retainAll(submissions);
        for (var version : awaiting) {
            var submission = PendingBuilds.Submission.of(version);
            if (pendingBuilds.of(version).isPresent() || failedBuilds.contains(submission)) {
                continue;
            }
            try {
                pendingBuilds.keep(build(submission, repository.content(version.version())));
                log.info("Ruleset version {} awaiting approval: built and tested on this node", version.version());
            } catch (RulesetInvalidException e) {
                failedBuilds.add(submission);
                log.warn("Ruleset version {} awaiting approval does not build on this node", version.version(), e);
            }
        }
    }

    /**
     * Commits an approval and then hands the version, compiled already, to the runtime. Both happen under the lock that
     * {@link #synchronise()} takes, so the periodic poll never sees the version committed but not held and compiles it a
     * second time. Assessments never wait for this: they read the runtime's snapshot.
     */
    synchronized <T> T publishApproved(PublishedVersion published, CompiledRuleset compiled, Supplier<T> commit) {
        var result = commit.get();
        runtime.hold(published, compiled);
        pendingBuilds.forget(published.version());
        log.info(
                "Ruleset version {} approved and in the runtime, effective from {}",
                published.version(),
                published.effectiveFrom());
        return result;
    }

    /**
     * Commits a retirement and then drops the version from the runtime, under the same lock as {@link #synchronise()}.
     * Assessments in flight keep the snapshot they started with.
     */
    synchronized <T> T retireCommitted(int version, Supplier<T> commit) {
        var result = commit.get();
        runtime.retire(version);
        log.info("Ruleset version {} retired and out of the runtime", version);
        return result;
    }

    /**
     * The stored version 1 is what decided past assessments and stays as it is; an edited {@code rules/} folder takes
     * effect only as a new version through the rule studio. Say so, rather than let a developer think it is in use.
     */
    private void warnIfDifferent(RulesetFiles baseline) {
        var stored = repository.fileHashes(RulesConfiguration.BASELINE_VERSION);
        var shipped = new java.util.TreeMap<String, String>();
        baseline.drl().forEach((path, source) -> shipped.put(path, RulesetVersionRepository.sha256(source)));
        if (!stored.equals(shipped)
                || !repository
                        .content(RulesConfiguration.BASELINE_VERSION)
                        .parameters()
                        .equals(baseline.parameters())) {
            log.warn("The classpath rules/ differ from the stored ruleset version 1, which stays in use as stored; "
                    + "publish the changes as a new version through the rule studio");
        }
    }
}
