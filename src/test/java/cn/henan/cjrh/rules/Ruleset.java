package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.runtime.CompiledRuleset;
import cn.henan.cjrh.rules.runtime.RulesetCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The shipped ruleset (the repository's {@code rules/}), compiled once per test JVM with the production compiler. */
public final class Ruleset {
    private static final Path ROOT = locate();
    private static volatile RulesetFiles files;
    private static volatile CompiledRuleset compiled;

    private Ruleset() {}

    public static Path root() {
        return ROOT;
    }

    public static synchronized RulesetFiles files() {
        if (files == null) {
            files = RulesetFiles.fromDirectory(ROOT);
        }
        return files;
    }

    public static synchronized CompiledRuleset compiled() {
        if (compiled == null) {
            compiled = new RulesetCompiler().compile(1, files());
        }
        return compiled;
    }

    /** An assessor over the shipped ruleset; "today" is pinned so a test never depends on the calendar. */
    public static Assessor assessor() {
        return new Assessor(
                new cn.henan.cjrh.rules.runtime.RulesRuntime(),
                JurisdictionChain.gbT2260(),
                Clock.fixed(
                        LocalDate.of(2026, 6, 1)
                                .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                                .toInstant(),
                        ZoneId.of("Asia/Shanghai")));
    }

    public static Assessment assess(cn.henan.cjrh.application.ApplicationForm form, String code, LocalDate asOf) {
        return assessor().assess(new AssessmentRequest(form, code, asOf), compiled());
    }

    private static Path locate() {
        // Surefire runs in the module directory; fall back to walking up for IDE runs.
        var dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("rules/eligibility"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "rules/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("rules");
    }
}
