package cn.henan.cjrh.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A ruleset that does not compile, uses a class outside the fact packages, or has bad parameters. */
public class RulesetRejectedException extends RuntimeException {
    private final transient List<RulesetMessage> messages;

    public RulesetRejectedException(List<RulesetMessage> messages) {
        super("规则集未通过校验：\n" + messages.stream().map(RulesetMessage::toString).collect(Collectors.joining("\n")));
        this.messages = List.copyOf(messages);
    }

    public List<RulesetMessage> messages() {
        return messages;
    }
}
