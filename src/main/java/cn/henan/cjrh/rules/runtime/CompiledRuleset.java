package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.Finding;
import cn.henan.cjrh.rules.IncentiveItem;
import cn.henan.cjrh.rules.Parameter;
import cn.henan.cjrh.rules.ParameterResolution;
import cn.henan.cjrh.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * One ruleset version, compiled once: its KieBase, its parameters and the clauses its rules declare. Immutable and
 * safe to share between threads; every evaluation runs in its own stateless session.
 */
public final class CompiledRuleset {
    /**
     * How an assessment's session runs. Not thread-safe: one evaluation owns its session from insert to dispose, so
     * the locking a shared session needs is pure cost. Direct firing: a match fires as soon as it is found instead of
     * queueing on the agenda, which only matters where rules compete for order; ours do not (no {@code salience},
     * and no rule reads what another concludes, HOUSE-STYLE.md §5, which {@link RulesetCompiler} enforces).
     */
    private static final KieSessionConfiguration SESSION = sessionConfiguration();
    /** Sessions kept ready per version; the pool grows under load, so this is a starting size, not a limit. */
    private static final int INITIAL_SESSIONS = 4;

    private final int version;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final List<Parameter> parameters;
    private final List<RuleDefinition> rules;
    private final Map<String, ClauseDefinition> clauses;
    /** Per jurisdiction chain; bounded by the Henan jurisdictions, the only chains there are. */
    private final Map<List<String>, List<Parameter>> resolvedParameters = new ConcurrentHashMap<>();

    CompiledRuleset(int version, KieBase kieBase, List<Parameter> parameters) {
        this.version = version;
        this.kieBase = kieBase;
        // Building a session (node memories, segments) is a fixed cost of every assessment (about 8% in the rules
        // benchmark's profile); a pooled session is reset after each use and handed out again, one per evaluation.
        this.sessions = kieBase.newKieSessionsPool(INITIAL_SESSIONS);
        this.parameters = List.copyOf(parameters);
        this.rules = readRules(kieBase);
        this.clauses = readClauses(rules);
        kieBase.getKiePackages().forEach(kiePackage -> kiePackage.getRules().forEach(RuleMetadata::prepare));
    }

    public int version() {
        return version;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * The parameters in force along a jurisdiction chain (county → city → province, the first match wins), resolved
     * once per chain: a version's parameters never change.
     */
    public List<Parameter> parametersFor(List<String> chain) {
        var resolved = resolvedParameters.get(chain);
        if (resolved == null) {
            resolved = resolvedParameters.computeIfAbsent(
                    List.copyOf(chain), key -> List.copyOf(ParameterResolution.resolve(parameters, key)));
        }
        return resolved;
    }

    /** Every rule with its metadata, ordered by package and name. */
    public List<RuleDefinition> rules() {
        return rules;
    }

    /** The clauses the rules declare, by code. */
    public Map<String, ClauseDefinition> clauses() {
        return clauses;
    }

    /**
     * Runs the rules over the facts in a fresh stateless session and collects the findings and incentive items the
     * rules insert, as they insert them (cheaper than querying working memory for them afterwards).
     */
    public Evaluation evaluate(Collection<?> facts) {
        var conclusions = new Conclusions();
        var session = sessions.newStatelessKieSession(SESSION);
        session.addEventListener(conclusions); // a pooled session forgets its listeners when it is reset
        session.execute(facts);
        return new Evaluation(conclusions.findings, conclusions.incentives);
    }

    /** Collects what the rules conclude; an inserted object's event names the rule that inserted it. */
    private static final class Conclusions extends DefaultRuleRuntimeEventListener {
        private final List<Finding> findings = new ArrayList<>();
        private final List<IncentiveItem> incentives = new ArrayList<>();

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() == null) {
                return; // an input fact
            }
            if (event.getObject() instanceof Finding finding) {
                findings.add(finding);
            } else if (event.getObject() instanceof IncentiveItem item) {
                incentives.add(item);
            }
        }
    }

    private static KieSessionConfiguration sessionConfiguration() {
        var configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        configuration.setOption(DirectFiringOption.YES);
        return configuration;
    }

    private static List<RuleDefinition> readRules(KieBase kieBase) {
        var all = new ArrayList<RuleDefinition>();
        for (var kiePackage : kieBase.getKiePackages()) {
            for (var rule : kiePackage.getRules()) {
                var metadata = new TreeMap<String, String>();
                rule.getMetaData().keySet().stream()
                        .filter(key -> !key.equals(RuleMetadata.HEADER))
                        .forEach(key -> metadata.put(key, RuleMetadata.text(rule.getMetaData(), key)));
                all.add(new RuleDefinition(kiePackage.getName(), rule.getName(), metadata));
            }
        }
        all.sort((a, b) -> (a.packageName() + "/" + a.name()).compareTo(b.packageName() + "/" + b.name()));
        return List.copyOf(all);
    }

    private static Map<String, ClauseDefinition> readClauses(List<RuleDefinition> rules) {
        var clauses = new LinkedHashMap<String, ClauseDefinition>();
        for (var rule : rules) {
            var clause = rule.metadata().get("clause");
            var severity = rule.metadata().get("severity");
            if (clause != null && severity != null) {
                clauses.putIfAbsent(
                        clause,
                        new ClauseDefinition(
                                clause,
                                Severity.valueOf(severity),
                                rule.metadata().get("source")));
            }
        }
        return Map.copyOf(clauses);
    }
}
