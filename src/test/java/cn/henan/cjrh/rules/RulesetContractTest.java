package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.henan.cjrh.rules.runtime.DrlText;
import cn.henan.cjrh.rules.runtime.RulesetCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import org.slf4j.LoggerFactory;

/** What every shipped ruleset version must hold to (HOUSE-STYLE.md §5), checked on the files under {@code rules/}. */
class RulesetContractTest {
    private static final List<String> CLAUSES = List.of(
            "E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "P01", "P02", "P03", "P04", "P05", "P06", "A01",
            "A02", "A03");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])\\d+(\\.\\d+)?");
    private static final String JITTING_THRESHOLD = ConstraintJittingThresholdOption.PROPERTY_NAME;
    private static final Pattern PARAMETER_KEY = Pattern.compile("key\\s*==\\s*\"([^\"]+)\"");

    @Test
    void shippedRuleset_compilesWithoutAnyMessage() {
        assertThat(new RulesetCompiler().validate(Ruleset.files())).isEmpty();
    }

    @Test
    void everyRule_carriesItsMetadata() {
        for (var rule : Ruleset.compiled().rules()) {
            if (rule.packageName().endsWith(".eligibility")) {
                assertThat(rule.metadata()).as(rule.name()).containsKeys("clause", "severity", "source");
                assertThat(rule.name())
                        .as("rule names start with the clause code")
                        .startsWith(rule.metadata().get("clause"));
            } else {
                assertThat(rule.metadata())
                        .as(rule.name())
                        .containsKeys("pillar", "code", "title", "jurisdiction", "source");
                assertThat(rule.name())
                        .as("rule names start with the item code")
                        .startsWith(rule.metadata().get("code"));
            }
        }
    }

    @Test
    void everyDefaultClause_hasOneFileWithMetAndNotMetRules_andItsOwnTestFile() throws IOException {
        for (var clause : CLAUSES) {
            var files = listing("eligibility", clause + "-", ".drl");
            assertThat(files).as("one DRL file for %s", clause).hasSize(1);
            var source = Files.readString(Ruleset.root().resolve("eligibility").resolve(files.get(0)));
            assertThat(source).as(clause).contains("met( drools.getRule()").contains("notMet( drools.getRule()");
            assertThat(source.strip())
                    .as("%s opens with a comment naming the policy document", clause)
                    .startsWith("//");
            assertThat(listing("tests", clause + "-", ".yaml"))
                    .as("test file for %s", clause)
                    .hasSize(1);
        }
    }

    @Test
    void testCases_showEveryClauseBothMetAndNotMet() {
        var seen = new HashMap<String, Set<FindingStatus>>();
        var assessor = Ruleset.assessor();
        for (var test : Ruleset.files().tests()) {
            var assessment = assessor.assess(
                    new AssessmentRequest(test.form(), test.jurisdictionCode(), test.asOf()), Ruleset.compiled());
            assessment.findings().forEach(f -> seen.computeIfAbsent(f.clause(), c -> new HashSet<>())
                    .add(f.status()));
        }

        for (var clause : CLAUSES) {
            assertThat(seen.get(clause)).as(clause).contains(FindingStatus.MET, FindingStatus.NOT_MET);
        }
        assertThat(seen.get("A01")).contains(FindingStatus.NOT_APPLICABLE);
        assertThat(seen.get("A03")).contains(FindingStatus.NOT_APPLICABLE);
    }

    /**
     * Drools compiles each constraint to bytecode after a few evaluations; one it cannot compile (an {@code Integer}
     * times a {@code BigDecimal} was one) stays interpreted, several times slower, and the only sign is a warning in
     * the log. A jitting threshold of 0 compiles every constraint at its first evaluation, in this thread.
     */
    @Test
    void everyConstraint_compilesToBytecode() {
        var warnings = new ListAppender<ILoggingEvent>();
        warnings.start();
        var logger = (Logger) LoggerFactory.getLogger("org.drools.mvel.MVELConstraint");
        logger.addAppender(warnings);
        var threshold = System.setProperty(JITTING_THRESHOLD, "0");
        try {
            var ruleset = new RulesetCompiler().compile(1, Ruleset.files());
            var assessor = Ruleset.assessor();
            for (var test : Ruleset.files().tests()) {
                assessor.assess(new AssessmentRequest(test.form(), test.jurisdictionCode(), test.asOf()), ruleset);
            }
        } finally {
            if (threshold == null) {
                System.clearProperty(JITTING_THRESHOLD);
            } else {
                System.setProperty(JITTING_THRESHOLD, threshold);
            }
            logger.detachAppender(warnings);
        }

        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void thereAreAtLeastSixtyCases_withUniqueNames() {
        var tests = Ruleset.files().tests();

        assertThat(tests).hasSizeGreaterThanOrEqualTo(60);
        assertThat(tests.stream().map(RulesetTestCase::name)).doesNotHaveDuplicates();
    }

    @Test
    void noDrl_containsANumberOrAnEngineShortcut() {
        Ruleset.files().drl().forEach((path, source) -> {
            var code = DrlText.codeOnly(source);
            var number = NUMBER.matcher(code);
            assertThat(number.find())
                    .as(
                            "%s has the literal %s: every threshold is a Parameter fact",
                            path, number.hitEnd() ? "" : number.group())
                    .isFalse();
            for (var banned :
                    List.of("salience", "modify", "update(", "retract", "delete(", "global ", "date-effective")) {
                assertThat(code).as("%s uses %s", path, banned).doesNotContain(banned);
            }
        });
    }

    @Test
    void everyParameterKeyInDrl_isKnownAndShipped() {
        var shipped = new HashSet<String>();
        Ruleset.files().parameters().forEach(p -> shipped.add(p.getKey()));
        Map<String, String> drl = Ruleset.files().drl();
        drl.forEach((path, source) -> {
            var matcher = PARAMETER_KEY.matcher(source);
            while (matcher.find()) {
                assertThat(ParameterCatalogue.keys()).as(path).contains(matcher.group(1));
                assertThat(shipped).as(path).contains(matcher.group(1));
            }
        });
    }

    private static List<String> listing(String folder, String prefix, String suffix) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(Ruleset.root().resolve(folder))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(suffix))
                    .toList();
        }
    }
}
