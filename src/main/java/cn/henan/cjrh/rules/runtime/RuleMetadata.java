package cn.henan.cjrh.rules.runtime;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/** Reads a rule's {@code @key("value")} metadata as plain text. */
final class RuleMetadata {

    private RuleMetadata() {}

    static String text(Rule rule, String key) {
        var value = text(rule.getMetaData(), key);
        if (value == null) {
            throw new IllegalStateException("规则“" + rule.getName() + "”缺少 @" + key + " 元数据");
        }
        return value;
    }

    static String text(Map<String, Object> metadata, String key) {
        var value = metadata.get(key);
        if (value == null) {
            return null;
        }
        var text = value.toString().strip();
        // Depending on the parser path a quoted value may keep its quotes.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
