package cn.henan.cjrh.rules.incentives;

import java.util.List;

/**
 * Where the enterprise is, for items granted by one city only (周口 411600, 郑州 410100, 三门峡 411200). A 省直管县 belongs
 * to its GB/T 2260 parent city here, as in the city targets (DOMAIN.md §8).
 */
public final class EnterpriseLocation {
    private final String jurisdictionCode;
    private final String countyCode;
    private final String cityCode;

    /** @param chain the jurisdiction chain, most local first, ending with 410000 */
    public EnterpriseLocation(List<String> chain) {
        this.jurisdictionCode = chain.get(0);
        this.countyCode = chain.size() == 3 ? chain.get(0) : null;
        this.cityCode = chain.size() >= 2 ? chain.get(chain.size() - 2) : null;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    /** {@code null} when the assessment is for a whole city or the province. */
    public String getCountyCode() {
        return countyCode;
    }

    /** {@code null} when the assessment is province-wide. */
    public String getCityCode() {
        return cityCode;
    }
}
