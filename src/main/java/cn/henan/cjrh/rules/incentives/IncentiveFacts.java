package cn.henan.cjrh.rules.incentives;

import cn.henan.cjrh.application.ApplicationForm;
import java.util.ArrayList;
import java.util.List;

/** Turns a form and the enterprise's jurisdiction chain into the facts the incentive rules match on. */
public final class IncentiveFacts {

    private IncentiveFacts() {}

    public static List<Object> of(ApplicationForm form, List<String> jurisdictionChain) {
        var facts = new ArrayList<Object>();
        facts.add(new EnterpriseLocation(jurisdictionChain));
        facts.add(new InvestmentHistory(form.investments()));
        facts.add(new InternshipFacts(form.internships()));
        var apprentices = form.apprentices();
        if (apprentices != null && (apprentices.intermediate() != null || apprentices.advanced() != null)) {
            facts.add(new ApprenticeFacts(apprentices));
        }
        return facts;
    }
}
