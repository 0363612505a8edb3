package cn.henan.cjrh.rules;

import java.util.List;

/** The answer of {@code POST /rulesets/{v}/validate}: {@code ok} when there is nothing to report. */
public record RulesetValidation(boolean ok, List<RulesetMessage> messages) {

    public RulesetValidation {
        messages = List.copyOf(messages);
    }

    static RulesetValidation of(List<RulesetMessage> messages) {
        return new RulesetValidation(messages.isEmpty(), messages);
    }
}
