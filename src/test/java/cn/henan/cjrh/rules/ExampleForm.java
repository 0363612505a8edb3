package cn.henan.cjrh.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DESIGN.md §5a example form as the API takes it (nested maps), eligible in 周口川汇区 on 2026-06-01, with setters
 * by dotted path so a test changes exactly the field its clause reads.
 */
final class ExampleForm {
    private final Map<String, Object> form = new LinkedHashMap<>();

    private ExampleForm() {
        form.put(
                "basic",
                map(
                        "registeredInHenanSince", "2019-05-10",
                        "independentLegalPerson", true,
                        "paysTaxInHenan", true,
                        "mainBusinessEducationTraining", false,
                        "aboveDesignatedSize", true,
                        "nationalTrack", false,
                        "industry", "高端装备"));
        form.put(
                "workforce",
                map(
                        "totalEmployees", 1200,
                        "internshipPosts", 30,
                        "annualPayroll", yuan("96000000.00"),
                        "trainingFundDrawn", yuan("1800000.00"),
                        "trainingFundFrontline", yuan("1200000.00")));
        form.put(
                "participation",
                map(
                        "runsSchool",
                        "NONE",
                        "corporateUniversityPublicTraining",
                        false,
                        "educationGroupMember",
                        true,
                        "apprenticeshipPilotLevel",
                        "PROVINCIAL",
                        "apprenticeshipCooperationYears",
                        3,
                        "onePlusXPilot",
                        false,
                        "cooperations",
                        list(map(
                                "schoolName", "周口职业技术学院",
                                "schoolKind", "VOCATIONAL",
                                "sinceYear", 2021,
                                "coBuiltSpecialties", 3,
                                "peopleTrained", 60))));
        form.put("apprentices", map("intermediate", 10, "advanced", 5));
        form.put("internships", map("studentMonths", 120));
        form.put(
                "investments",
                list(map(
                        "year", 2025,
                        "qualifyingInvestment", yuan("2000000.00"),
                        "educationSurchargePayable", yuan("150000.00"),
                        "localEducationSurchargePayable", yuan("100000.00"))));
        form.put(
                "compliance",
                map(
                        "majorIncidents",
                        list(map("kind", "SAFETY", "date", "2021-03-02", "description", "车间机械伤害")),
                        "onDishonestyBlacklist",
                        false,
                        "taxViolation",
                        false,
                        "revokedOn",
                        null));
    }

    static ExampleForm design5a() {
        return new ExampleForm();
    }

    /** Sets {@code basic.paysTaxInHenan} and the like; {@code compliance.majorIncidents[0].date} reaches into a list. */
    @SuppressWarnings("unchecked")
    ExampleForm with(String path, Object value) {
        var parts = path.split("\\.");
        Object node = form;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        var last = parts[parts.length - 1];
        ((Map<String, Object>) node).put(last, value);
        return this;
    }

    /** Removes a field or a whole section, as a form that never filled it in. */
    @SuppressWarnings("unchecked")
    ExampleForm without(String path) {
        var parts = path.split("\\.");
        Object node = form;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        ((Map<String, Object>) node).remove(parts[parts.length - 1]);
        return this;
    }

    Map<String, Object> json() {
        return form;
    }

    /** The request body of {@code POST /assessments}. */
    Map<String, Object> body(String jurisdictionCode, String asOf) {
        var body = new LinkedHashMap<String, Object>();
        body.put("form", form);
        if (jurisdictionCode != null) {
            body.put("jurisdictionCode", jurisdictionCode);
        }
        if (asOf != null) {
            body.put("asOf", asOf);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object node, String part) {
        if (part.endsWith("]")) {
            var name = part.substring(0, part.indexOf('['));
            int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
            return ((List<Object>) ((Map<String, Object>) node).get(name)).get(index);
        }
        return ((Map<String, Object>) node).get(part);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private static List<Object> list(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
