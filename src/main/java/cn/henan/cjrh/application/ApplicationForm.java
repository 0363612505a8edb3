package cn.henan.cjrh.application;

import cn.henan.cjrh.shared.validation.PastOrPresentYear;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 申报表 — the application form shared by the API, the rules and the UI (DESIGN.md §5a; its field names are the
 * contract). Every field may be empty in a draft: the rules report what is missing at submission. Lists are never
 * null. Money is in yuan, dates are ISO-8601.
 */
public record ApplicationForm(
        @Valid Basic basic,
        @Valid Workforce workforce,
        @Valid Participation participation,
        @Valid Apprentices apprentices,
        @Valid Internships internships,
        List<@Valid Investment> investments,
        @Valid Compliance compliance) {

    public ApplicationForm {
        investments = listOrEmpty(investments);
    }

    /** One row per year: the offset ledger adds up a year's rows once. Named after the field the error belongs to. */
    @JsonIgnore
    @AssertTrue(message = "{application.form.investment-year-duplicate}")
    public boolean isInvestments() {
        var years = investments.stream()
                .map(Investment::year)
                .filter(java.util.Objects::nonNull)
                .toList();
        return years.size() == new java.util.HashSet<>(years).size();
    }

    /** An empty draft. */
    public static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, List.of(), null);
    }

    /** 基本情况. */
    public record Basic(
            @PastOrPresent(message = "{application.form.date-future}") LocalDate registeredInHenanSince,
            Boolean independentLegalPerson,
            Boolean paysTaxInHenan,
            Boolean mainBusinessEducationTraining,
            Boolean aboveDesignatedSize,
            Boolean nationalTrack,
            @Size(max = 100, message = "{application.form.text-too-long}") String industry) {}

    /** 职工与培训经费. */
    public record Workforce(
            @PositiveOrZero(message = "{application.form.count}") Integer totalEmployees,
            @PositiveOrZero(message = "{application.form.count}") Integer internshipPosts,
            @PositiveOrZero(message = "{application.form.money}")
                    @Digits(integer = 15, fraction = 2, message = "{application.form.money}")
                    BigDecimal annualPayroll,
            @PositiveOrZero(message = "{application.form.money}")
                    @Digits(integer = 15, fraction = 2, message = "{application.form.money}")
                    BigDecimal trainingFundDrawn,
            @PositiveOrZero(message = "{application.form.money}")
                    @Digits(integer = 15, fraction = 2, message = "{application.form.money}")
                    BigDecimal trainingFundFrontline) {

        /** The frontline share cannot pass 100% of the fund drawn. Named after the field the error belongs to. */
        @JsonIgnore
        @AssertTrue(message = "{application.form.frontline-over-drawn}")
        public boolean isTrainingFundFrontline() {
            return trainingFundFrontline == null
                    || trainingFundDrawn == null
                    || trainingFundFrontline.compareTo(trainingFundDrawn) <= 0;
        }
    }

    /** 参与办学与校企合作. */
    public record Participation(
            RunsSchool runsSchool,
            Boolean corporateUniversityPublicTraining,
            Boolean educationGroupMember,
            ApprenticeshipPilotLevel apprenticeshipPilotLevel,
            @PositiveOrZero(message = "{application.form.count}") Integer apprenticeshipCooperationYears,
            Boolean onePlusXPilot,
            List<@Valid Cooperation> cooperations) {

        public Participation {
            cooperations = listOrEmpty(cooperations);
        }
    }

    /** One school the enterprise cooperates with (校企合作). */
    public record Cooperation(
            @Size(max = 200, message = "{application.form.text-too-long}") String schoolName,
            SchoolKind schoolKind,
            @PastOrPresentYear Integer sinceYear,
            @PositiveOrZero(message = "{application.form.count}") Integer coBuiltSpecialties,
            @PositiveOrZero(message = "{application.form.count}") Integer peopleTrained) {}

    /** 企业新型学徒制 apprentices by target grade (中级工 / 高级工). */
    public record Apprentices(
            @PositiveOrZero(message = "{application.form.count}") Integer intermediate,
            @PositiveOrZero(message = "{application.form.count}") Integer advanced) {}

    /** 接收实习学生, in student-months. */
    public record Internships(@PositiveOrZero(message = "{application.form.count}") Integer studentMonths) {}

    /** One year's 兴办职业教育的投资 and that year's 教育费附加 and 地方教育附加 payable (财税〔2019〕46号). */
    public record Investment(
            @PastOrPresentYear Integer year,
            @PositiveOrZero(message = "{application.form.money}")
                    @Digits(integer = 15, fraction = 2, message = "{application.form.money}")
                    BigDecimal qualifyingInvestment,
            @PositiveOrZero(message = "{application.form.money}")
                    @Digits(integer = 15, fraction = 2, message = "{application.form.money}")
                    BigDecimal educationSurchargePayable,
            @PositiveOrZero(message = "{application.form.money}")
                    @Digits(integer = 15, fraction = 2, message = "{application.form.money}")
                    BigDecimal localEducationSurchargePayable) {}

    /** 信用与合规. */
    public record Compliance(
            List<@Valid MajorIncident> majorIncidents,
            Boolean onDishonestyBlacklist,
            Boolean taxViolation,
            @PastOrPresent(message = "{application.form.date-future}") LocalDate revokedOn) {

        public Compliance {
            majorIncidents = listOrEmpty(majorIncidents);
        }
    }

    /** 重大环保、安全、质量事故. */
    public record MajorIncident(
            IncidentKind kind,
            @PastOrPresent(message = "{application.form.date-future}") LocalDate date,
            @Size(max = 2000, message = "{application.form.text-too-long}") String description) {}

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
