package cn.henan.cjrh.identity;

/**
 * 行政区划 — one unit of Henan's GB/T 2260 tree.
 *
 * @param reportsDirectlyToProvince 省直管县（市）: county review goes straight to provincial review
 * @param developmentZone a statistical development zone (fifth digit 7), not a GB/T 2260 unit
 */
public record Jurisdiction(
        String code,
        String name,
        JurisdictionLevel level,
        String parentCode,
        boolean reportsDirectlyToProvince,
        boolean developmentZone) {

    public static final String HENAN = "410000";
    /** 济源示范区: a city-level unit without counties; enterprises there register with this code as county code. */
    public static final String JIYUAN = "419001";

    public boolean isProvince() {
        return level == JurisdictionLevel.PROVINCE;
    }

    public boolean isCity() {
        return level == JurisdictionLevel.CITY;
    }

    public boolean isCounty() {
        return level == JurisdictionLevel.COUNTY;
    }
}
