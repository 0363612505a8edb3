package cn.henan.cjrh.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted dossier version was assessed by the rules (the automated pre-check) and the result stored. Published
 * once per dossier version, inside the assessing transaction, so the audit record commits with the stored result.
 *
 * @param asOf the submission date (Asia/Shanghai) the version in effect was chosen for
 * @param jurisdictionCode the enterprise's county, where parameters were looked up
 * @param findings every clause's status, by clause code
 * @param notMet the clauses not met, in report order
 */
public record ApplicationAssessed(
        long applicationId,
        int dossierVersion,
        int rulesetVersion,
        LocalDate asOf,
        String jurisdictionCode,
        boolean eligible,
        boolean needsReview,
        Map<String, FindingStatus> findings,
        List<String> notMet) {

    public ApplicationAssessed {
        findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
        notMet = List.copyOf(notMet);
    }
}
