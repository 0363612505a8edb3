package cn.henan.cjrh.support;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures.DraftApplication;

/**
 * Takes an application all the way into the directory through the real services: approved at county, city (unless
 * the county reports to the province directly) and province, then publicity ends and the certify job runs.
 */
public final class Certification {
    private final Fixtures given;
    private final ReviewSteps reviews;

    public Certification(Fixtures given, ReviewSteps reviews) {
        this.given = given;
        this.reviews = reviews;
    }

    /** A new eligible application of {@code countyCode} (under {@code cityCode}), certified and listed. */
    public DraftApplication certifiedApplication(String countyCode, String cityCode) {
        var draft = given.submittedEligibleApplication(countyCode);
        reviews.approve(given.staff(Role.COUNTY_REVIEWER, countyCode), draft.id());
        if (!given.reload(draft).directToProvince()) {
            reviews.approve(given.staff(Role.CITY_REVIEWER, cityCode), draft.id());
        }
        reviews.approve(given.staff(Role.PROVINCE_REVIEWER, "410000"), draft.id());
        given.endPublicity(draft);
        return draft;
    }
}
