package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.Pillar;
import cn.henan.cjrh.rules.Severity;
import java.util.Arrays;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's {@code @key("value")} metadata as plain text, and keeps what a finding or an incentive item copies
 * from it ready on the rule, so a firing rule does not parse its metadata again (see {@link #prepare}).
 */
final class RuleMetadata {
    /**
     * Where {@link #prepare} leaves the parsed header among the rule's metadata. Not a name DRL can write: metadata
     * keys in DRL are identifiers, without dots.
     */
    static final String HEADER = "cn.henan.cjrh.rules.header";

    /** What a finding copies from its rule's {@code @clause}, {@code @severity} and {@code @source}. */
    record FindingHeader(String clause, Severity severity, String source) {}

    /** What an item copies from its rule's {@code @pillar}, {@code @code}, {@code @title}, {@code @jurisdiction}, {@code @source}. */
    record ItemHeader(Pillar pillar, String code, String title, String jurisdiction, String source) {}

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
        if (value == null || value instanceof FindingHeader || value instanceof ItemHeader) {
            return null;
        }
        var text = value.toString().strip();
        // Depending on the parser path a quoted value may keep its quotes.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    /**
     * Parses the header of a freshly compiled rule once and keeps it on the rule. Runs before the KieBase is shared
     * (nothing changes the metadata afterwards); a rule whose metadata is incomplete or invalid gets no header, is refused
     * by the compiler's metadata check, and would fail with its own message if it fired anyway.
     */
    static void prepare(Rule rule) {
        if (!(rule instanceof RuleImpl impl)) {
            return; // read from the metadata on every firing instead
        }
        var metadata = rule.getMetaData();
        var clause = text(metadata, "clause");
        var source = text(metadata, "source");
        if (clause != null) {
            var severity = constant(Severity.values(), text(metadata, "severity"));
            if (severity != null) {
                impl.addMetaAttribute(HEADER, new FindingHeader(clause, severity, source));
            }
            return;
        }
        var pillar = constant(Pillar.values(), text(metadata, "pillar"));
        var code = text(metadata, "code");
        if (pillar != null && code != null) {
            impl.addMetaAttribute(
                    HEADER,
                    new ItemHeader(pillar, code, text(metadata, "title"), text(metadata, "jurisdiction"), source));
        }
    }

    static FindingHeader findingHeader(Rule rule) {
        if (header(rule) instanceof FindingHeader header) {
            return header;
        }
        return new FindingHeader(text(rule, "clause"), Severity.valueOf(text(rule, "severity")), text(rule, "source"));
    }

    static ItemHeader itemHeader(Rule rule) {
        if (header(rule) instanceof ItemHeader header) {
            return header;
        }
        return new ItemHeader(
                Pillar.valueOf(text(rule, "pillar")),
                text(rule, "code"),
                text(rule, "title"),
                text(rule, "jurisdiction"),
                text(rule, "source"));
    }

    private static Object header(Rule rule) {
        return rule instanceof RuleImpl impl ? impl.getMetaData(HEADER) : null;
    }

    private static <E extends Enum<E>> E constant(E[] values, String name) {
        return Arrays.stream(values)
                .filter(value -> value.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
