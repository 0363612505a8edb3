package cn.henan.cjrh.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameter keys the rules know (DESIGN.md §4, DOMAIN.md §4.2 and §7) and what a value must look like, so a bad
 * parameter is refused when a ruleset is validated rather than failing an assessment.
 */
public final class ParameterCatalogue {

    /** What a value is. */
    public enum Kind {
        /** A whole number ≥ 0: years, a count, a calendar year. */
        WHOLE,
        /** A share in (0, 1]. */
        RATIO,
        /** Yuan ≥ 0. */
        YUAN
    }

    /**
     * @param provinceWide whether a province-wide (410000) value must exist; the others are city overlays, absent
     *     elsewhere (A01, A03 and the 三门峡 internship subsidy)
     */
    public record Definition(String key, Kind kind, boolean provinceWide) {}

    private static final Map<String, Definition> DEFINITIONS = definitions(
            new Definition("basic.minYearsRegistered", Kind.WHOLE, true),
            new Definition("compliance.incidentLookbackYears", Kind.WHOLE, true),
            new Definition("compliance.reapplicationBanYears", Kind.WHOLE, true),
            new Definition("participation.minConditionsMet", Kind.WHOLE, true),
            new Definition("participation.apprenticeshipCooperationMinYears", Kind.WHOLE, true),
            new Definition("participation.cooperationMinYears", Kind.WHOLE, true),
            new Definition("participation.coBuiltSpecialtiesMin", Kind.WHOLE, true),
            new Definition("participation.peopleTrainedMin", Kind.WHOLE, true),
            new Definition("workforce.internshipPostRatio", Kind.RATIO, false),
            new Definition("workforce.trainingFundMinRatio", Kind.RATIO, true),
            new Definition("workforce.frontlineShareMin", Kind.RATIO, false),
            new Definition("incentive.surchargeOffsetRate", Kind.RATIO, true),
            new Definition("incentive.surchargeOffsetFirstYear", Kind.WHOLE, true),
            new Definition("incentive.apprenticeSubsidyIntermediate", Kind.YUAN, true),
            new Definition("incentive.apprenticeSubsidyAdvanced", Kind.YUAN, true),
            new Definition("incentive.apprenticeSubsidyMaxAdvanceShare", Kind.RATIO, true),
            new Definition("incentive.internshipSubsidyPerStudentMonth", Kind.YUAN, false));

    private static final String FILE = "parameters";

    private ParameterCatalogue() {}

    public static Map<String, Definition> definitions() {
        return DEFINITIONS;
    }

    /**
     * One thing wrong with a parameter list: the entry (its index, or -1 for the list as a whole), the field of that
     * entry, a message key with its arguments ({@code rules.parameters.*}) and the same text in Chinese.
     *
     * @param field {@code key}, {@code jurisdictionCode}, {@code value}, {@code unit}, {@code source}; {@code null} for
     *     the list
     */
    public record Problem(int index, String field, String messageKey, List<Object> args, String text) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    /** Unknown keys, bad values, missing sources, duplicates and missing province-wide values. */
    public static List<RulesetMessage> check(List<Parameter> parameters) {
        return problems(parameters).stream().map(p -> problem(p.text())).toList();
    }

    /** What {@link #check} finds, per entry, so an editor's request can name the entry and field. */
    public static List<Problem> problems(List<Parameter> parameters) {
        var problems = new ArrayList<Problem>();
        var seen = new HashSet<String>();
        var provinceWide = new HashSet<String>();
        for (int index = 0; index < parameters.size(); index++) {
            var parameter = parameters.get(index);
            var key = parameter.getKey();
            var code = parameter.getJurisdictionCode();
            var where = key + "（" + code + "）";
            var definition = DEFINITIONS.get(key);
            if (definition == null) {
                problems.add(new Problem(
                        index,
                        "key",
                        "rules.parameters.unknown-key",
                        List.of(key),
                        "未知的参数 " + where + "，可用的参数：" + String.join("、", DEFINITIONS.keySet())));
                continue;
            }
            if (!code.matches("41\\d{4}")) {
                problems.add(new Problem(
                        index,
                        "jurisdictionCode",
                        "rules.parameters.jurisdiction",
                        List.of(key, code),
                        "参数 " + where + " 的行政区划代码不是河南省的代码"));
            }
            if (!seen.add(key + "@" + code)) {
                problems.add(new Problem(
                        index,
                        "jurisdictionCode",
                        "rules.parameters.duplicate",
                        List.of(key, code),
                        "参数 " + where + " 重复：每个行政区划只能有一个值"));
            }
            if (Parameter.PROVINCE.equals(code)) {
                provinceWide.add(key);
            }
            var valueProblem = valueProblem(definition.kind(), parameter);
            if (valueProblem != null) {
                problems.add(new Problem(
                        index,
                        "value",
                        "rules.parameters."
                                + valueProblem
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', '-'),
                        List.of(key, code, String.valueOf(parameter.getTextValue())),
                        "参数 " + where + " 的值 " + parameter.getValue() + " " + valueProblem.text));
            }
            if (blank(parameter.getSource())) {
                problems.add(new Problem(
                        index,
                        "source",
                        "rules.parameters.source",
                        List.of(key, code),
                        "参数 " + where + " 缺少来源（政策文件及条款，或“默认值，可配置”）"));
            }
            if (blank(parameter.getUnit())) {
                problems.add(new Problem(
                        index, "unit", "rules.parameters.unit", List.of(key, code), "参数 " + where + " 缺少单位"));
            }
        }
        DEFINITIONS.values().stream()
                .filter(Definition::provinceWide)
                .filter(definition -> !provinceWide.contains(definition.key()))
                .forEach(definition -> problems.add(new Problem(
                        -1,
                        null,
                        "rules.parameters.province-missing",
                        List.of(definition.key()),
                        "缺少全省（410000）参数 " + definition.key())));
        return problems;
    }

    /** The keys, for listings. */
    public static Set<String> keys() {
        return DEFINITIONS.keySet();
    }

    private enum ValueProblem {
        NOT_NUMERIC("不是数值"),
        WHOLE("应为非负整数"),
        RATIO("应为 0 到 1 之间的比例（如 0.02）"),
        YUAN("应为非负的金额（元）");

        private final String text;

        ValueProblem(String text) {
            this.text = text;
        }
    }

    private static ValueProblem valueProblem(Kind kind, Parameter parameter) {
        if (!parameter.isNumeric()) {
            return ValueProblem.NOT_NUMERIC;
        }
        var value = parameter.getDecimalValue();
        return switch (kind) {
            case WHOLE -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0 ? null : ValueProblem.WHOLE;
            case RATIO -> value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0 ? null : ValueProblem.RATIO;
            case YUAN -> value.signum() >= 0 ? null : ValueProblem.YUAN;
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static RulesetMessage problem(String text) {
        return new RulesetMessage(FILE, 0, 0, text);
    }

    private static Map<String, Definition> definitions(Definition... definitions) {
        var map = new LinkedHashMap<String, Definition>();
        for (var definition : definitions) {
            map.put(definition.key(), definition);
        }
        return Collections.unmodifiableMap(map);
    }
}
