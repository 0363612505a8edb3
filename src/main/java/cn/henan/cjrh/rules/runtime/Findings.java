package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.Finding;
import cn.henan.cjrh.rules.FindingStatus;
import org.kie.api.definition.rule.Rule;

/**
 * Builds findings in DRL consequences ({@code import function cn.henan.cjrh.rules.runtime.Findings.met;}): the clause,
 * severity and source come from the firing rule's {@code @clause}, {@code @severity} and {@code @source}, so a rule
 * file states them once, next to the condition.
 */
public final class Findings {

    private Findings() {}

    public static Finding met(Rule rule, String message) {
        return finding(rule, FindingStatus.MET, message, null);
    }

    /** @param hint what would make the clause pass */
    public static Finding notMet(Rule rule, String message, String hint) {
        return finding(rule, FindingStatus.NOT_MET, message, hint);
    }

    public static Finding notApplicable(Rule rule, String message) {
        return finding(rule, FindingStatus.NOT_APPLICABLE, message, null);
    }

    private static Finding finding(Rule rule, FindingStatus status, String message, String hint) {
        var header = RuleMetadata.findingHeader(rule);
        return new Finding(header.clause(), status, header.severity(), message, header.source(), hint);
    }
}
