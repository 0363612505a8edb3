package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.RulesetFiles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds one compiled KieBase per published ruleset version (HOUSE-STYLE.md §5). Versions are compiled once, outside any
 * lock, and then swapped in as a new immutable snapshot through an {@link AtomicReference}: an assessment reads one
 * snapshot and never waits for a build.
 */
public final class RulesRuntime {
    private static final Comparator<PublishedVersion> EFFECTIVE_ORDER = Comparator.comparing(
                    PublishedVersion::effectiveFrom)
            .thenComparing(PublishedVersion::approvedAt)
            .thenComparingInt(PublishedVersion::version);

    private final RulesetCompiler compiler;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(Map.of()));

    public RulesRuntime() {
        this(new RulesetCompiler());
    }

    public RulesRuntime(RulesetCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * Compiles and adds a published version. A version already held is kept as it is: versions are immutable once
     * published, so it is built only once.
     *
     * @throws cn.henan.cjrh.rules.RulesetRejectedException if it does not compile
     */
    public CompiledRuleset publish(PublishedVersion version, RulesetFiles files) {
        var held = snapshot.get().versions().get(version.version());
        if (held != null) {
            return held.ruleset();
        }
        var compiled = compiler.compile(version.version(), files); // slow part, no lock held
        var after = snapshot.updateAndGet(current -> current.with(new Entry(version, compiled)));
        return after.versions().get(version.version()).ruleset();
    }

    /**
     * Adds a version compiled already (on approval the version was compiled to run its tests; it is not built twice).
     * A version already held is kept as it is.
     */
    public CompiledRuleset hold(PublishedVersion version, CompiledRuleset compiled) {
        if (compiled.version() != version.version()) {
            throw new IllegalArgumentException(
                    "compiled as version " + compiled.version() + ", published as " + version.version());
        }
        var after = snapshot.updateAndGet(current -> current.with(new Entry(version, compiled)));
        return after.versions().get(version.version()).ruleset();
    }

    /** Removes a version (e.g. retired, or its publication withdrawn on another node). */
    public void retire(int version) {
        snapshot.updateAndGet(current -> current.without(version));
    }

    /** The version that decides an assessment dated {@code asOf}, if any is effective then. */
    public Optional<CompiledRuleset> inEffectOn(LocalDate asOf) {
        return inEffect(asOf).map(Entry::ruleset);
    }

    /** Which version decides an assessment dated {@code asOf}, with its effective date. */
    public Optional<PublishedVersion> publishedInEffectOn(LocalDate asOf) {
        return inEffect(asOf).map(Entry::published);
    }

    /** A given version, for replaying a past decision. */
    public CompiledRuleset version(int version) {
        var entry = snapshot.get().versions().get(version);
        if (entry == null) {
            throw new NoSuchElementException("规则集版本 " + version + " 未发布或已停用");
        }
        return entry.ruleset();
    }

    /** The versions held, in effective order. */
    public List<PublishedVersion> published() {
        return snapshot.get().versions().values().stream()
                .map(Entry::published)
                .sorted(EFFECTIVE_ORDER)
                .toList();
    }

    /** Of the versions effective on {@code asOf}, the latest effective; of two the same day, the later approval. */
    private Optional<Entry> inEffect(LocalDate asOf) {
        return snapshot.get().versions().values().stream()
                .filter(entry -> !entry.published().effectiveFrom().isAfter(asOf))
                .max(Comparator.comparing(Entry::published, EFFECTIVE_ORDER));
    }

    private record Entry(PublishedVersion published, CompiledRuleset ruleset) {}

    private record Snapshot(Map<Integer, Entry> versions) {

        Snapshot with(Entry entry) {
            if (versions.containsKey(entry.published().version())) {
                return this; // another thread published the same version first
            }
            var copy = new LinkedHashMap<>(versions);
            copy.put(entry.published().version(), entry);
            return new Snapshot(Map.copyOf(copy));
        }

        Snapshot without(int version) {
            var copy = new LinkedHashMap<>(versions);
            copy.remove(version);
            return new Snapshot(Map.copyOf(copy));
        }
    }
}
