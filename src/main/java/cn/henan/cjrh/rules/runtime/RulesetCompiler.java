package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.Finding;
import cn.henan.cjrh.rules.IncentiveItem;
import cn.henan.cjrh.rules.ParameterCatalogue;
import cn.henan.cjrh.rules.Pillar;
import cn.henan.cjrh.rules.RulesetFiles;
import cn.henan.cjrh.rules.RulesetMessage;
import cn.henan.cjrh.rules.RulesetRejectedException;
import cn.henan.cjrh.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a ruleset version's DRL into a KieBase with {@code KieServices} and a {@code KieFileSystem} (no
 * {@code kmodule.xml}): the sandbox check first, then the Drools compiler, then the rules' metadata and the parameters.
 * Every problem is reported with its file, line and column; any problem rejects the whole version.
 */
public final class RulesetCompiler {
    private static final String RESOURCES = "src/main/resources/";
    /**
     * Where a ruleset file goes in the KieFileSystem: {@code eligibility/E01-….drl} under the folder of its package
     * {@code cn.henan.cjrh.rules.eligibility}, so Drools does not log a warning for every file in every build (validate,
     * test run, publish) that folder and package differ. Messages name the file by its path in the ruleset again.
     */
    private static final String PACKAGE_FOLDER = DrlSandbox.FACT_PACKAGE.replace('.', '/') + "/";

    private final DrlSandbox sandbox;
    private final ClassLoader classLoader;

    public RulesetCompiler() {
        this(new DrlSandbox());
    }

    RulesetCompiler(DrlSandbox sandbox) {
        this.sandbox = sandbox;
        this.classLoader = new RememberingClassLoader(RulesetCompiler.class.getClassLoader());
    }

    /**
     * Everything wrong with the files; empty when they would compile and publish
     * ({@code POST /rulesets/{v}/validate}).
     */
    public List<RulesetMessage> validate(RulesetFiles files) {
        try {
            compile(0, files);
            return List.of();
        } catch (RulesetRejectedException e) {
            return e.messages();
        }
    }

    /** @throws RulesetRejectedException with every problem found */
    public CompiledRuleset compile(int version, RulesetFiles files) {
        var messages = new ArrayList<RulesetMessage>();
        files.drl().forEach((path, source) -> messages.addAll(sandbox.check(path, source)));
        messages.addAll(ParameterCatalogue.check(files.parameters()));
        if (!messages.isEmpty()) {
            throw new RulesetRejectedException(messages); // never hand refused code to the compiler
        }
        var kieBase = build(files);
        var compiled = new CompiledRuleset(version, kieBase, files.parameters());
        messages.addAll(checkMetadata(kieBase));
        if (!messages.isEmpty()) {
            throw new RulesetRejectedException(messages);
        }
        return compiled;
    }

    private KieBase build(RulesetFiles files) {
        var services = KieServices.Factory.get();
        var fileSystem = services.newKieFileSystem();
        // A throwaway release id per build: the KieBase lives on in CompiledRuleset, not in the global repository.
        var releaseId = services.newReleaseId("cn.henan.cjrh.rulesets", "ruleset-" + UUID.randomUUID(), "1.0.0");
        fileSystem.generateAndWritePomXML(releaseId);
        files.drl().forEach((path, source) -> fileSystem.write(RESOURCES + PACKAGE_FOLDER + path, source));
        var builder = services.newKieBuilder(fileSystem, classLoader).buildAll();
        var errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RulesetRejectedException(
                    errors.stream().map(RulesetCompiler::message).toList());
        }
        try {
            return services.newKieContainer(releaseId, classLoader).getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** {@code eligibility/E01-….drl}, as the ruleset names the file, from where the build put it. */
    private static String rulesetPath(String path) {
        var relative = path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
        return relative.startsWith(PACKAGE_FOLDER) ? relative.substring(PACKAGE_FOLDER.length()) : relative;
    }

    private static RulesetMessage message(Message error) {
        var path = rulesetPath(error.getPath() == null ? "" : error.getPath());
        return new RulesetMessage(path, Math.max(0, error.getLine()), Math.max(0, error.getColumn()), error.getText());
    }

    /**
     * Eligibility rules declare clause, severity and source; incentive rules pillar, code, title, jurisdiction and
     * source.
     */
    private static List<RulesetMessage> checkMetadata(KieBase kieBase) {
        var messages = new ArrayList<RulesetMessage>();
        for (var kiePackage : kieBase.getKiePackages()) {
            for (var rule : kiePackage.getRules()) {
                var metadata = rule.getMetaData();
                boolean finding = metadata.containsKey("clause");
                var required = finding
                        ? List.of("clause", "severity", "source")
                        : List.of("code", "pillar", "title", "jurisdiction", "source");
                for (var key : required) {
                    var value = RuleMetadata.text(metadata, key);
                    if (value == null || value.isBlank()) {
                        messages.add(about(
                                rule,
                                "规则“" + rule.getName() + "”缺少 @" + key
                                        + (finding
                                                ? ""
                                                : "（不产生条款结论的规则是激励规则，须写明 @code、@pillar、@title、@jurisdiction、@source）")));
                    }
                }
                checkEnum(rule, "severity", Severity.values(), messages);
                checkEnum(rule, "pillar", Pillar.values(), messages);
                checkReadsNoConclusion(rule, messages);
            }
        }
        return messages;
    }

    /**
     * No rule may match a finding or an incentive item (HOUSE-STYLE.md §5: rules decide from the application's facts
     * and the parameters only). Assessments rely on it: without an order between rules, a rule reading another's
     * conclusion would decide by chance, and their sessions fire each match as soon as it is found.
     */
    private static void checkReadsNoConclusion(Rule rule, List<RulesetMessage> messages) {
        if (!(rule instanceof RuleImpl impl)) {
            return;
        }
        var types = new ArrayList<ObjectType>();
        collectPatternTypes(impl.getLhs(), types);
        types.stream()
                .filter(type -> type.isAssignableFrom(Finding.class) || type.isAssignableFrom(IncentiveItem.class))
                .findFirst()
                .ifPresent(type -> messages.add(about(
                        rule,
                        "规则“" + rule.getName() + "”以 " + type.getClassName()
                                + " 为条件：规则不得读取其他规则的结论（条款结论、激励项），只能依据申报事实和参数")));
    }

    private static void collectPatternTypes(RuleConditionElement element, List<ObjectType> types) {
        if (element instanceof Pattern pattern) {
            types.add(pattern.getObjectType());
        }
        element.getNestedElements().forEach(nested -> collectPatternTypes(nested, types));
    }

    private static void checkEnum(Rule rule, String key, Enum<?>[] values, List<RulesetMessage> messages) {
        var value = RuleMetadata.text(rule.getMetaData(), key);
        if (value != null
                && Arrays.stream(values).noneMatch(constant -> constant.name().equals(value))) {
            messages.add(about(
                    rule,
                    "规则“" + rule.getName() + "”的 @" + key + "(" + value + ") 不是 " + Arrays.toString(values) + " 之一"));
        }
    }

    private static RulesetMessage about(Rule rule, String text) {
        var path = rule.getPackageName();
        if (rule instanceof RuleImpl impl
                && impl.getResource() != null
                && impl.getResource().getSourcePath() != null) {
            path = rulesetPath(impl.getResource().getSourcePath());
        }
        return new RulesetMessage(path, 0, 0, text);
    }
}
