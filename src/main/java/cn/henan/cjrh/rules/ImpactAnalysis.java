package cn.henan.cjrh.rules;

import cn.henan.cjrh.application.FormJson;
import cn.henan.cjrh.application.SubmittedDossiers;
import cn.henan.cjrh.application.SubmittedDossiers.SubmittedDossier;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.ImpactJobRepository.ChangedApplication;
import cn.henan.cjrh.rules.ImpactReport.CityImpact;
import cn.henan.cjrh.rules.ImpactReport.ClauseChange;
import cn.henan.cjrh.rules.ImpactReport.IncentiveChange;
import cn.henan.cjrh.rules.runtime.CompiledRuleset;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.TooManyRequestsException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 影响分析 — what a ruleset draft would change (issue 6, {@code POST /rulesets/{v}/impact}): every stored past
 * application (its latest submitted dossier version, its county, dated the day the dossier was frozen in
 * Asia/Shanghai) is assessed with the draft, compiled once, and with the published version in effect on that date
 * (the one that decided it, or would decide it today if the ruleset changed since), and the differences are counted:
 * eligible → not eligible and back, per clause, per city, and the incentive amounts per item code.
 *
 * <p>It runs as a background job on a small bounded executor, never on the request thread: the applications are read
 * in keyset-paginated batches (never all forms at once), the progress is written after each batch, and the changed
 * applications are stored for the CSV download. A job that fails is marked {@code FAILED} with the reason.
 *
 * <p>A job outlives its node: the node holds a lease on it ({@link ImpactJobProperties}), renewed with each batch and by
 * {@link #sweep()}. When a node stops, it gives its jobs up; when it dies, their leases lapse. Either way the next node
 * to sweep (or the same one after a restart) takes the job over and runs it again from the start: a run is minutes at
 * most, and starting over needs no partial state. Finished jobs are purged after the retention period.
 */
@Service
public class ImpactAnalysis {
    static final int BATCH_SIZE = 500;
    private static final int WORKERS = 2;
    private static final int QUEUED = 4;
    private static final Logger log = LoggerFactory.getLogger(ImpactAnalysis.class);

    private final RulesetVersions versions;
    private final Assessor assessor;
    private final ImpactJobRepository jobs;
    private final SubmittedDossiers dossiers;
    private final FormJson forms;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ImpactJobProperties properties;
    private final ThreadPoolExecutor executor;
    /** This node, as the jobs' leases name it; unique per start, so a restarted node takes its old jobs over too. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    /** The jobs this node holds: running or waiting for a worker. */
    private final Set<Long> held = ConcurrentHashMap.newKeySet();

    ImpactAnalysis(
            RulesetVersions versions,
            Assessor assessor,
            ImpactJobRepository jobs,
            SubmittedDossiers dossiers,
            FormJson forms,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            ImpactJobProperties properties) {
        this.versions = versions;
        this.assessor = assessor;
        this.jobs = jobs;
        this.dossiers = dossiers;
        this.forms = forms;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
        var threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                WORKERS, WORKERS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUED), task -> {
                    var thread = new Thread(task, "impact-analysis-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Compiles the version (once) and starts re-assessing the past applications in the background; the request is
     * audited. Any version may be analysed, usually a draft.
     *
     * @throws NotFoundException for an unknown version
     * @throws RulesetInvalidException (409) if it does not compile
     * @throws TooManyRequestsException when enough analyses are running or waiting already
     */
    public ImpactJob start(PlatformUser requester, int version) {
        versions.find(version).orElseThrow(() -> new NotFoundException("rules.ruleset.not-found", version));
        var draft = versions.compiled(version);
        if (executor.getQueue().remainingCapacity() == 0) {
            throw new TooManyRequestsException("rules.impact.busy");
        }
        int total = dossiers.count();
        long jobId = transactions.execute(status -> {
            long id = jobs.insert(version, total, requester.username(), clock.instant(), node);
            events.publishEvent(new ImpactAnalysisRequested(version, id, total, Actor.of(requester)));
            return id;
        });
        if (!hand(jobId, draft)) {
            jobs.fail(jobId, node, "too many impact analyses at once", clock.instant());
            throw new TooManyRequestsException("rules.impact.busy");
        }
        return job(version, jobId);
    }

    /**
     * Every {@code cjrh.rules.impact.sweep-interval}: renews this node's leases, takes over the jobs whose node stopped
     * or died while there are free workers (marking FAILED those that ran out of attempts), and purges the jobs
     * finished longer ago than the retention period.
     */
    @Scheduled(
            fixedDelayString = "${cjrh.rules.impact.sweep-interval:PT10S}",
            initialDelayString = "${cjrh.rules.impact.sweep-interval:PT10S}")
    public void sweep() {
        try {
            var now = clock.instant();
            jobs.renew(held, node, now);
            var lapsedBefore = now.minus(properties.lease());
            int exhausted = jobs.failExhausted(
                    lapsedBefore,
                    properties.maxAttempts(),
                    "stopped " + properties.maxAttempts() + " times with its node; not taken over again",
                    now);
            if (exhausted > 0) {
                log.warn("{} impact analyses failed: their nodes stopped during every attempt", exhausted);
            }
            while (executor.getQueue().remainingCapacity() > 0 && takeOverOne(lapsedBefore)) {
                // one job per round, until none is left or the workers are busy
            }
            int purged = jobs.purgeFinishedBefore(now.minus(properties.retention()));
            if (purged > 0) {
                log.info("{} impact analyses older than {} purged", purged, properties.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Impact analysis sweep failed; trying again at the next one", e);
        }
    }

    /** @throws NotFoundException for an unknown job, or one of another version */
    public ImpactJob job(int version, long jobId) {
        return jobs.find(version, jobId)
                .orElseThrow(() -> new NotFoundException(
                        "rules.impact.not-found", String.valueOf(jobId), String.valueOf(version)));
    }

    /** The version's 20 most recent analyses, newest first, without their reports (open one with {@link #job}). */
    public java.util.List<ImpactJob> recent(int version) {
        versions.find(version).orElseThrow(() -> new NotFoundException("rules.ruleset.not-found", version));
        return jobs.recent(version, 20);
    }

    /**
     * @throws NotFoundException for an unknown job
     * @throws ConflictException while it is still running
     */
    public ImpactJob requireDone(int version, long jobId) {
        var job = job(version, jobId);
        if (job.status() == ImpactJob.Status.RUNNING) {
            throw new ConflictException("rules.impact.running", String.valueOf(jobId));
        }
        return job;
    }

    /**
     * Writes the applications whose result changed as CSV (UTF-8 with a byte order mark, so Excel shows Chinese), one
     * row each: number, city, county, eligible before and after, the clauses whose status changed, the incentive
     * changes. Streams from the database.
     *
     * @throws NotFoundException for an unknown job
     */
    public void writeCsv(int version, long jobId, OutputStream out) {
        job(version, jobId);
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write("申报编号,市,县区,原结果符合条件,草稿结果符合条件,状态变化的条款,激励金额变化（元）\r\n");
            jobs.changes(jobId, change -> {
                try {
                    writer.write(csv(change.number()) + ","
                            + csv(change.cityCode()) + ","
                            + csv(change.countyCode()) + ","
                            + change.beforeEligible() + ","
                            + change.afterEligible() + ","
                            + csv(change.changedClauses()) + ","
                            + csv(deltas(change.incentiveDeltas())) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the workers and gives up this node's jobs, so another node (or this one, restarted) runs them. */
    @PreDestroy
    void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        held.forEach(jobId -> jobs.release(jobId, node));
    }

    /** Takes over one lapsed job, if there is one. */
    private boolean takeOverOne(Instant lapsedBefore) {
        var taken = transactions.execute(status ->
                jobs.takeOverLapsed(node, lapsedBefore, properties.maxAttempts(), dossiers.count(), clock.instant()));
        if (taken == null || taken.isEmpty()) {
            return false;
        }
        var job = taken.get();
        log.info(
                "Impact analysis {} of ruleset version {} taken over (run {}): its node stopped",
                job.jobId(),
                job.version(),
                job.attempts());
        CompiledRuleset draft;
        try {
            draft = versions.compiled(job.version());
        } catch (RuntimeException e) {
            jobs.fail(
                    job.jobId(), node, "ruleset version does not compile any more: " + e.getMessage(), clock.instant());
            return true;
        }
        if (!hand(job.jobId(), draft)) {
            jobs.release(job.jobId(), node); // no worker free after all: the next sweep, here or elsewhere, tries again
            return false;
        }
        return true;
    }

    /** Gives the job to a worker; false if all are busy and the queue is full. */
    private boolean hand(long jobId, CompiledRuleset draft) {
        held.add(jobId);
        try {
            executor.execute(() -> {
                try {
                    run(jobId, draft);
                } finally {
                    held.remove(jobId);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            held.remove(jobId);
            return false;
        }
    }

    private void run(long jobId, CompiledRuleset draft) {
        var tally = new Tally();
        int processed = 0;
        try {
            long after = 0;
            while (!Thread.currentThread().isInterrupted()) {
                var batch = dossiers.after(after, BATCH_SIZE);
                if (batch.isEmpty()) {
                    break;
                }
                var changes = new ArrayList<ChangedApplication>();
                for (var application : batch) {
                    compare(application, draft, tally).ifPresent(changes::add);
                }
                int done = processed + batch.size();
                boolean stillHeld = Boolean.TRUE.equals(transactions.execute(status -> {
                    if (!jobs.progress(jobId, node, done, clock.instant())) {
                        return false;
                    }
                    jobs.insertChanges(jobId, changes);
                    return true;
                }));
                if (!stillHeld) {
                    log.warn("Impact analysis {} was taken over by another node; this run stops", jobId);
                    return;
                }
                processed = done;
                after = batch.get(batch.size() - 1).id();
            }
            if (Thread.currentThread().isInterrupted()) {
                log.info(
                        "Impact analysis {} interrupted after {} applications (shutdown); it will be taken over",
                        jobId,
                        processed);
                return; // stop() releases it
            }
            if (!jobs.finish(jobId, node, processed, tally.report(), clock.instant())) {
                log.warn("Impact analysis {} was taken over by another node before it finished here", jobId);
                return;
            }
            log.info(
                    "Impact analysis {} of ruleset version {} done: {} applications",
                    jobId,
                    draft.version(),
                    processed);
        } catch (RuntimeException e) {
            log.warn("Impact analysis {} of ruleset version {} failed", jobId, draft.version(), e);
            jobs.fail(jobId, node, String.valueOf(e.getMessage()), clock.instant());
        }
    }

    /** Assesses one application both ways and counts it; the change, if its result changed. */
    private java.util.Optional<ChangedApplication> compare(
            SubmittedDossier application, CompiledRuleset draft, Tally tally) {
        var asOf = LocalDate.ofInstant(application.frozenAt(), AssessmentService.SHANGHAI);
        var request = new AssessmentRequest(forms.readForm(application.form()), application.countyCode(), asOf);
        Assessment before;
        try {
            before = assessor.assess(request);
        } catch (NoSuchElementException e) {
            tally.skipped++;
            return java.util.Optional.empty();
        }
        var after = assessor.assess(request, draft);
        return tally.add(application, before, after);
    }

    private static String deltas(Map<String, BigDecimal> deltas) {
        var parts = new ArrayList<String>();
        deltas.forEach(
                (code, delta) -> parts.add(code + " " + (delta.signum() > 0 ? "+" : "") + delta.toPlainString()));
        return String.join("; ", parts);
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        var text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // never a formula in Excel
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    /** Each clause's status, a clause with any NOT_MET finding counting as not met. */
    static Map<String, FindingStatus> clauses(Assessment assessment) {
        var statuses = new TreeMap<String, FindingStatus>();
        assessment
                .findings()
                .forEach(finding -> statuses.merge(
                        finding.clause(), finding.status(), (a, b) -> a == FindingStatus.NOT_MET ? a : b));
        return statuses;
    }

    /** Each incentive item's amount (no amount counts as 0). */
    static Map<String, BigDecimal> amounts(Assessment assessment) {
        var amounts = new TreeMap<String, BigDecimal>();
        assessment
                .incentives()
                .forEach(item -> amounts.merge(
                        item.code(), item.amount() == null ? BigDecimal.ZERO : item.amount(), BigDecimal::add));
        return amounts;
    }

    /** The running counts of one job (one worker thread). */
    static final class Tally {
        long applications;
        long skipped;
        long changed;
        long becameIneligible;
        long becameEligible;
        final Map<String, long[]> byClause = new TreeMap<>();
        final Map<String, long[]> byCity = new TreeMap<>();
        final Map<String, Object[]> incentives = new TreeMap<>();

        java.util.Optional<ChangedApplication> add(SubmittedDossier application, Assessment before, Assessment after) {
            applications++;
            var city = byCity.computeIfAbsent(application.cityCode(), code -> new long[3]);
            city[0]++;
            if (before.eligible() && !after.eligible()) {
                becameIneligible++;
                city[1]++;
            } else if (!before.eligible() && after.eligible()) {
                becameEligible++;
                city[2]++;
            }
            var clausesBefore = clauses(before);
            var clausesAfter = clauses(after);
            var changedClauses = new ArrayList<String>();
            var codes = new TreeSet<>(clausesBefore.keySet());
            codes.addAll(clausesAfter.keySet());
            for (var clause : codes) {
                var was = clausesBefore.get(clause);
                var is = clausesAfter.get(clause);
                if (was != is) {
                    var counts = byClause.computeIfAbsent(clause, code -> new long[3]);
                    counts[0]++;
                    if (is == FindingStatus.NOT_MET) {
                        counts[1]++;
                    } else if (was == FindingStatus.NOT_MET && is == FindingStatus.MET) {
                        counts[2]++;
                    }
                    changedClauses.add(clause + " " + name(was) + "→" + name(is));
                }
            }
            var amountsBefore = amounts(before);
            var amountsAfter = amounts(after);
            var items = new TreeSet<>(amountsBefore.keySet());
            items.addAll(amountsAfter.keySet());
            var deltas = new LinkedHashMap<String, BigDecimal>();
            for (var item : items) {
                var was = amountsBefore.getOrDefault(item, BigDecimal.ZERO);
                var is = amountsAfter.getOrDefault(item, BigDecimal.ZERO);
                if (was.compareTo(is) != 0) {
                    var delta = is.subtract(was);
                    deltas.put(item, delta);
                    var totals = incentives.computeIfAbsent(item, code -> new Object[] {0L, BigDecimal.ZERO});
                    totals[0] = (Long) totals[0] + 1;
                    totals[1] = ((BigDecimal) totals[1]).add(delta);
                }
            }
            if (before.eligible() == after.eligible() && changedClauses.isEmpty() && deltas.isEmpty()) {
                return java.util.Optional.empty();
            }
            changed++;
            return java.util.Optional.of(new ChangedApplication(
                    application.id(),
                    application.number(),
                    application.cityCode(),
                    application.countyCode(),
                    before.eligible(),
                    after.eligible(),
                    String.join("; ", changedClauses),
                    deltas));
        }

        ImpactReport report() {
            var clauses = new LinkedHashMap<String, ClauseChange>();
            byClause.forEach((code, c) -> clauses.put(code, new ClauseChange(c[0], c[1], c[2])));
            var cities = new LinkedHashMap<String, CityImpact>();
            byCity.forEach((code, c) -> cities.put(code, new CityImpact(c[0], c[1], c[2])));
            var items = new LinkedHashMap<String, IncentiveChange>();
            incentives.forEach((code, t) -> items.put(code, new IncentiveChange((Long) t[0], (BigDecimal) t[1])));
            return new ImpactReport(
                    ImpactReport.IN_EFFECT_ON_AS_OF,
                    applications,
                    skipped,
                    changed,
                    becameIneligible,
                    becameEligible,
                    clauses,
                    cities,
                    items);
        }

        private static String name(FindingStatus status) {
            return status == null ? "无" : status.name();
        }
    }
}
