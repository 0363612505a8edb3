package cn.henan.cjrh.application;

import cn.henan.cjrh.identity.PlatformUser;
import java.util.Map;

/**
 * What a user may see of applications, as an SQL condition and as a check on one application: an enterprise its own;
 * a county reviewer its county; a city reviewer its city's counties except the 省直管县 (and 济源, which is its own
 * county); the province everything; policy staff nothing. Reviewers see an application only once it was submitted: a
 * draft is the enterprise's own work until then. Admins see everything (operations).
 */
record ApplicationScope(String condition, Map<String, Object> params) {
    private static final String SUBMITTED = "a.dossier_version > 0";

    static ApplicationScope of(PlatformUser user) {
        return switch (user.role()) {
            case ENTERPRISE ->
                new ApplicationScope(
                        "a.enterprise_id = :scopeEnterprise", Map.of("scopeEnterprise", user.enterpriseId()));
            case COUNTY_REVIEWER ->
                new ApplicationScope(
                        "a.county_code = :scopeCode and " + SUBMITTED, Map.of("scopeCode", user.jurisdictionCode()));
            case CITY_REVIEWER ->
                new ApplicationScope(
                        "a.city_code = :scopeCode and not a.direct_to_province and " + SUBMITTED,
                        Map.of("scopeCode", user.jurisdictionCode()));
            case PROVINCE_REVIEWER -> new ApplicationScope(SUBMITTED, Map.of());
            case ADMIN -> new ApplicationScope("true", Map.of());
            case POLICY_EDITOR, POLICY_APPROVER -> new ApplicationScope("false", Map.of());
        };
    }

    static boolean covers(PlatformUser user, Application application) {
        boolean submitted = application.dossierVersion() > 0;
        return switch (user.role()) {
            case ENTERPRISE -> user.isEnterpriseOf(application.enterpriseId());
            case COUNTY_REVIEWER -> submitted && user.jurisdictionCode().equals(application.countyCode());
            case CITY_REVIEWER ->
                submitted && user.jurisdictionCode().equals(application.cityCode()) && !application.directToProvince();
            case PROVINCE_REVIEWER -> submitted;
            case ADMIN -> true;
            case POLICY_EDITOR, POLICY_APPROVER -> false;
        };
    }
}
