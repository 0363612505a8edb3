package cn.henan.cjrh.rules.runtime;

import java.util.Map;

/** One compiled rule: its package, quoted name and metadata, for listings and contract checks. */
public record RuleDefinition(String packageName, String name, Map<String, String> metadata) {

    public RuleDefinition {
        metadata = Map.copyOf(metadata);
    }
}
