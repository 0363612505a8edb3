package cn.henan.cjrh.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 申报表 — the application form shared by the API, the rules and the UI (DESIGN.md §5a; its field names are the
 * contract). Every field may be empty in a draft: the rules report what is missing at submission. Lists are never
 * null. Money is in yuan, dates are ISO-8601.
 */
public record ApplicationForm(
        Basic basic,
        Workforce workforce,
        Participation participation,
        Apprentices apprentices,
        Internships internships,
        List<Investment> investments,
        Compliance compliance) {

    public ApplicationForm {
        investments = listOrEmpty(investments);
    }

    /** An empty draft. */
    public static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, List.of(), null);
    }

    /** 基本情况. */
    public record Basic(
            LocalDate registeredInHenanSince,
            Boolean independentLegalPerson,
            Boolean paysTaxInHenan,
            Boolean mainBusinessEducationTraining,
            Boolean aboveDesignatedSize,
            Boolean nationalTrack,
            String industry) {}

    /** 职工与培训经费. */
    public record Workforce(
            Integer totalEmployees,
            Integer internshipPosts,
            BigDecimal annualPayroll,
            BigDecimal trainingFundDrawn,
            BigDecimal trainingFundFrontline) {}

    /** 参与办学与校企合作. */
    public record Participation(
            RunsSchool runsSchool,
            Boolean corporateUniversityPublicTraining,
            Boolean educationGroupMember,
            ApprenticeshipPilotLevel apprenticeshipPilotLevel,
            Integer apprenticeshipCooperationYears,
            Boolean onePlusXPilot,
            List<Cooperation> cooperations) {

        public Participation {
            cooperations = listOrEmpty(cooperations);
        }
    }

    /** One school the enterprise cooperates with (校企合作). */
    public record Cooperation(
            String schoolName,
            SchoolKind schoolKind,
            Integer sinceYear,
            Integer coBuiltSpecialties,
            Integer peopleTrained) {}

    /** 企业新型学徒制 apprentices by target grade (中级工 / 高级工). */
    public record Apprentices(Integer intermediate, Integer advanced) {}

    /** 接收实习学生, in student-months. */
    public record Internships(Integer studentMonths) {}

    /** One year's 兴办职业教育的投资 and that year's 教育费附加 and 地方教育附加 payable (财税〔2019〕46号). */
    public record Investment(
            Integer year,
            BigDecimal qualifyingInvestment,
            BigDecimal educationSurchargePayable,
            BigDecimal localEducationSurchargePayable) {}

    /** 信用与合规. */
    public record Compliance(
            List<MajorIncident> majorIncidents,
            Boolean onDishonestyBlacklist,
            Boolean taxViolation,
            LocalDate revokedOn) {

        public Compliance {
            majorIncidents = listOrEmpty(majorIncidents);
        }
    }

    /** 重大环保、安全、质量事故. */
    public record MajorIncident(IncidentKind kind, LocalDate date, String description) {}

    /** 举办职业院校: not at all, alone, or as an important co-founder. */
    public enum RunsSchool {
        NONE,
        SOLE,
        MAJOR_CO_FOUNDER
    }

    /** Level of the apprenticeship pilot (现代学徒制 / 企业新型学徒制) the enterprise takes part in. */
    public enum ApprenticeshipPilotLevel {
        NONE,
        MUNICIPAL,
        PROVINCIAL,
        NATIONAL
    }

    /** 职业院校（含技工院校） or 高等学校. */
    public enum SchoolKind {
        VOCATIONAL,
        HIGHER
    }

    /** Kind of major incident: 环保, 安全, 质量. */
    public enum IncidentKind {
        ENVIRONMENTAL,
        SAFETY,
        QUALITY
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
