package cn.henan.cjrh.rules.eligibility;

import cn.henan.cjrh.application.ApplicationForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a form into the facts the eligibility rules match on: one per section, one per incident and cooperation. */
public final class EligibilityFacts {

    private EligibilityFacts() {}

    public static List<Object> of(ApplicationForm form, LocalDate asOf) {
        var facts = new ArrayList<Object>();
        facts.add(new EnterpriseFacts(form.basic(), asOf));
        facts.add(new WorkforceFacts(form.workforce()));
        facts.add(new ParticipationFacts(form.participation()));
        facts.add(new ComplianceFacts(form.compliance(), asOf));
        if (form.participation() != null) {
            var cooperations = form.participation().cooperations();
            for (int i = 0; i < cooperations.size(); i++) {
                facts.add(new CooperationFacts(i + 1, cooperations.get(i), asOf));
            }
        }
        if (form.compliance() != null) {
            var incidents = form.compliance().majorIncidents();
            for (int i = 0; i < incidents.size(); i++) {
                facts.add(new MajorIncidentFacts(i + 1, incidents.get(i), asOf));
            }
        }
        return facts;
    }
}
