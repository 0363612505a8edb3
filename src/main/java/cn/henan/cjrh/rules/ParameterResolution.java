package cn.henan.cjrh.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Picks one value per key for a jurisdiction: county, then city, then province; the first match wins (DESIGN.md §2).
 */
public final class ParameterResolution {

    private ParameterResolution() {}

    /** @param chain most local first, e.g. {@code [411602, 411600, 410000]} */
    public static List<Parameter> resolve(List<Parameter> parameters, List<String> chain) {
        var byKey = new LinkedHashMap<String, Parameter>();
        for (var code : chain) {
            for (var parameter : parameters) {
                if (parameter.getJurisdictionCode().equals(code)) {
                    byKey.putIfAbsent(parameter.getKey(), parameter);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
