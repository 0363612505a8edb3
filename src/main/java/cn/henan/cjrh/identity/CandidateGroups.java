package cn.henan.cjrh.identity;

import java.util.List;

/**
 * The process engine's candidate groups carry the jurisdiction: {@code county:411602}, {@code city:411600},
 * {@code province:410000}. A reviewer belongs to the one group of their role and jurisdiction.
 */
public final class CandidateGroups {
    private CandidateGroups() {}

    public static String county(String countyCode) {
        return "county:" + countyCode;
    }

    public static String city(String cityCode) {
        return "city:" + cityCode;
    }

    public static String province() {
        return "province:" + Jurisdiction.HENAN;
    }

    public static List<String> of(PlatformUser user) {
        return switch (user.role()) {
            case COUNTY_REVIEWER -> List.of(county(user.jurisdictionCode()));
            case CITY_REVIEWER -> List.of(city(user.jurisdictionCode()));
            case PROVINCE_REVIEWER -> List.of(province());
            default -> List.of();
        };
    }
}
