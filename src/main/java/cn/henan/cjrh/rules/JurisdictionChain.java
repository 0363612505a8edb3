package cn.henan.cjrh.rules;

import java.util.List;

/**
 * Where parameters and overlays are looked up for a jurisdiction: the code itself, then its city, then the province
 * (DESIGN.md §2, first match wins). Kept as a small function so the engine needs neither Spring nor the database.
 */
@FunctionalInterface
public interface JurisdictionChain {

    /**
     * The chain from the given code up to {@code 410000}, most local first: {@code [county, city, 410000]},
     * {@code [city, 410000]} or {@code [410000]}.
     *
     * @throws IllegalArgumentException for a code outside Henan
     */
    List<String> chainOf(String code);

    /**
     * The chain read from the structure of a GB/T 2260 code: a county's city is its first four digits plus "00". That
     * holds for 省直管县 too (鹿邑 411628 → 周口 411600, its statistical parent, DOMAIN.md §8), and for development
     * zones (410173 → 410100). 济源示范区 419001 (group 4190 "省直辖县级行政区划") is its own city.
     */
    static JurisdictionChain gbT2260() {
        return code -> {
            if (code == null || !code.matches("41\\d{4}")) {
                throw new IllegalArgumentException("不是河南省的行政区划代码：" + code);
            }
            if (code.equals(Parameter.PROVINCE)) {
                return List.of(Parameter.PROVINCE);
            }
            if (code.endsWith("00") || code.startsWith("4190")) {
                return List.of(code, Parameter.PROVINCE);
            }
            return List.of(code, code.substring(0, 4) + "00", Parameter.PROVINCE);
        };
    }
}
