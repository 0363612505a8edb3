package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.eligibility.EligibilityFacts;
import cn.henan.cjrh.rules.incentives.IncentiveFacts;
import cn.henan.cjrh.rules.runtime.CompiledRuleset;
import cn.henan.cjrh.rules.runtime.Evaluation;
import cn.henan.cjrh.rules.runtime.RulesRuntime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Assesses a form (自评 / 预审): the findings of every clause, {@code eligible}, {@code needsReview} and the incentive
 * bundle, decided by the ruleset version in effect on the assessment date (or a given one, to replay a decision).
 * Stores nothing. Free of Spring so tests and tools can use it with a plain constructor.
 */
public final class Assessor {
    /** The message of a clause no rule decided: a ruleset gap (e.g. a missing parameter), shown rather than hidden. */
    public static final String NO_CONCLUSION = "规则未对本条款得出结论（请检查该条款的规则与参数）";

    private static final String MIN_CONDITIONS_MET = "participation.minConditionsMet";
    private static final String CLAUSE_ORDER = "EPA"; // 基本条件, 参与条件, 倡导性条件; others after them
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparingInt(
                    (Finding f) -> clauseGroup(f.clause()))
            .thenComparing(Finding::clause)
            .thenComparing(Finding::status);
    private static final Comparator<IncentiveItem> ITEM_ORDER =
            Comparator.comparing(IncentiveItem::pillar).thenComparing(IncentiveItem::code);

    private final RulesRuntime runtime;
    private final JurisdictionChain jurisdictions;
    private final Clock clock;

    public Assessor(RulesRuntime runtime, JurisdictionChain jurisdictions, Clock clock) {
        this.runtime = runtime;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /**
     * With the version in effect on {@code asOf}.
     *
     * @throws IllegalArgumentException for a jurisdiction code outside Henan
     * @throws NoSuchElementException if no version is in effect on that date
     */
    public Assessment assess(AssessmentRequest request) {
        var asOf = asOf(request);
        var ruleset = runtime.inEffectOn(asOf).orElseThrow(() -> new NoSuchElementException(asOf + " 没有生效的规则集版本"));
        return assess(request, ruleset);
    }

    /** With a given published version, e.g. to reproduce a stored decision. */
    public Assessment assess(AssessmentRequest request, int rulesetVersion) {
        return assess(request, runtime.version(rulesetVersion));
    }

    /** With a compiled ruleset that need not be published (a draft's test run or impact analysis). */
    public Assessment assess(AssessmentRequest request, CompiledRuleset ruleset) {
        var asOf = asOf(request);
        var chain = jurisdictions.chainOf(
                request.jurisdictionCode() == null ? Parameter.PROVINCE : request.jurisdictionCode());
        var parameters = ruleset.parametersFor(chain);
        var facts = new ArrayList<Object>(parameters);
        facts.addAll(EligibilityFacts.of(request.form(), asOf));
        facts.addAll(IncentiveFacts.of(request.form(), chain));

        var evaluation = ruleset.evaluate(facts);
        var findings = withEveryClause(evaluation, ruleset);
        var incentives = new ArrayList<>(evaluation.incentives());
        incentives.sort(ITEM_ORDER);
        return new Assessment(
                eligible(findings, minConditionsMet(parameters)),
                findings.stream().anyMatch(f -> f.severity() == Severity.REVIEW && f.isNotMet()),
                ruleset.version(),
                findings,
                incentives);
    }

    private LocalDate asOf(AssessmentRequest request) {
        return request.asOf() != null ? request.asOf() : LocalDate.now(clock);
    }

    /** Adds a NOT_MET finding for any declared clause no rule concluded on, so a gap can never make a firm eligible. */
    private static List<Finding> withEveryClause(Evaluation evaluation, CompiledRuleset ruleset) {
        var findings = new ArrayList<>(evaluation.findings());
        var concluded = new HashSet<String>();
        findings.forEach(finding -> concluded.add(finding.clause()));
        ruleset.clauses().values().stream()
                .filter(clause -> !concluded.contains(clause.clause()))
                .forEach(clause -> findings.add(new Finding(
                        clause.clause(),
                        FindingStatus.NOT_MET,
                        clause.severity(),
                        NO_CONCLUSION,
                        clause.source(),
                        "请联系政策管理人员")));
        findings.sort(FINDING_ORDER);
        return findings;
    }

    /**
     * All {@code REQUIRED} clauses met and enough {@code PARTICIPATION} clauses met. A clause with a NOT_MET finding
     * beside a MET one (two rules disagreeing) counts as not met.
     */
    private static boolean eligible(List<Finding> findings, int minConditionsMet) {
        var required = findings.stream().filter(f -> f.severity() == Severity.REQUIRED);
        if (!required.allMatch(Finding::isMet)) {
            return false;
        }
        var participation = findings.stream()
                .filter(f -> f.severity() == Severity.PARTICIPATION)
                .toList();
        var notMet = new HashSet<String>();
        participation.stream().filter(f -> !f.isMet()).forEach(f -> notMet.add(f.clause()));
        var met = participation.stream()
                .filter(Finding::isMet)
                .map(Finding::clause)
                .filter(clause -> !notMet.contains(clause))
                .distinct()
                .count();
        return met >= minConditionsMet;
    }

    private static int minConditionsMet(List<Parameter> parameters) {
        return parameters.stream()
                .filter(p -> p.getKey().equals(MIN_CONDITIONS_MET))
                .findFirst()
                .map(Parameter::getIntValue)
                .orElseThrow(() -> new IllegalStateException("规则集缺少参数 " + MIN_CONDITIONS_MET));
    }

    private static int clauseGroup(String clause) {
        int group = clause.isEmpty() ? -1 : CLAUSE_ORDER.indexOf(clause.charAt(0));
        return group < 0 ? CLAUSE_ORDER.length() : group;
    }
}
