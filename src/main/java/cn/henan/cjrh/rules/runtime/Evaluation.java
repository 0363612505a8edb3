package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.Finding;
import cn.henan.cjrh.rules.IncentiveItem;
import java.util.List;

/** What the rules inserted for one set of facts, before eligibility is decided. */
public record Evaluation(List<Finding> findings, List<IncentiveItem> incentives) {

    public Evaluation {
        findings = List.copyOf(findings);
        incentives = List.copyOf(incentives);
    }
}
