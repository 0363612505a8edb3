package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.runtime.RulesRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rule engine as Spring beans. Ruleset version 1 is the files the build copies from the repository's {@code rules/}
 * folder to the classpath, effective from 2019-01-01 (the day 财税〔2019〕46号 took effect, DESIGN.md §4); it is stored in
 * the database on the first start, and the runtime holds what the database says is published ({@link RulesetLoader}).
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {
    static final int BASELINE_VERSION = 1;
    static final LocalDate BASELINE_EFFECTIVE_FROM = LocalDate.of(2019, 1, 1);
    private static final String BASELINE_ROOT = "classpath:rules/";

    /** Empty until {@link RulesetLoader} fills it from the database at start-up. */
    @Bean
    RulesRuntime rulesRuntime() {
        return new RulesRuntime();
    }

    @Bean
    Assessor assessor(RulesRuntime rulesRuntime, Clock clock) {
        return new Assessor(rulesRuntime, JurisdictionChain.gbT2260(), clock);
    }

    /** Version 1 as shipped: every file under {@code rules/} on the classpath, by its path below that folder. */
    static RulesetFiles baselineRuleset() {
        var resolver = new PathMatchingResourcePatternResolver(RulesConfiguration.class.getClassLoader());
        try {
            var root = resolver.getResource(BASELINE_ROOT).getURL().toString();
            var contents = new TreeMap<String, String>();
            for (var resource : resolver.getResources(BASELINE_ROOT + "**/*.*")) {
                var url = resource.getURL().toString();
                if (url.startsWith(root) && resource.isReadable()) {
                    contents.put(url.substring(root.length()), resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            return RulesetFiles.read(contents);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取类路径上的基线规则集 " + BASELINE_ROOT, e);
        }
    }
}
