package cn.henan.cjrh.rules.eligibility;

import cn.henan.cjrh.application.ApplicationForm.Basic;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The enterprise's basic conditions (基本条件, B1–B7) as of the assessment date, with the calendar worked out in Java:
 * "N full years since D" holds when {@code D.plusYears(N) <= asOf} (DESIGN.md §4; 29 February counts to 28 February, as
 * Civil Code art. 203 does).
 */
public final class EnterpriseFacts {
    private final LocalDate asOf;
    private final LocalDate registeredInHenanSince;
    private final Integer fullYearsRegisteredInHenan;
    private final Integer monthsBeyondFullYears;
    private final Boolean independentLegalPerson;
    private final Boolean paysTaxInHenan;
    private final Boolean mainBusinessEducationTraining;
    private final Boolean aboveDesignatedSize;
    private final Boolean nationalTrack;

    public EnterpriseFacts(Basic basic, LocalDate asOf) {
        var given = basic == null ? new Basic(null, null, null, null, null, null, null) : basic;
        this.asOf = asOf;
        this.registeredInHenanSince = given.registeredInHenanSince();
        var months = registeredInHenanSince == null ? null : fullMonthsBetween(registeredInHenanSince, asOf);
        this.fullYearsRegisteredInHenan = months == null ? null : months / 12;
        this.monthsBeyondFullYears = months == null ? null : months % 12;
        this.independentLegalPerson = given.independentLegalPerson();
        this.paysTaxInHenan = given.paysTaxInHenan();
        this.mainBusinessEducationTraining = given.mainBusinessEducationTraining();
        this.aboveDesignatedSize = given.aboveDesignatedSize();
        this.nationalTrack = given.nationalTrack();
    }

    /**
     * The largest {@code m} with {@code since.plusMonths(m) <= asOf}, 0 if {@code since} is later. Twelve months are
     * one year exactly as {@code plusYears} counts them ({@code plusMonths(12n) == plusYears(n)}, both clamping 29
     * February).
     */
    static int fullMonthsBetween(LocalDate since, LocalDate asOf) {
        if (since.isAfter(asOf)) {
            return 0;
        }
        var months = ChronoUnit.MONTHS.between(since, asOf);
        while (!since.plusMonths(months + 1).isAfter(asOf)) { // MONTHS.between stops short at month ends
            months++;
        }
        return Math.toIntExact(months);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public LocalDate getRegisteredInHenanSince() {
        return registeredInHenanSince;
    }

    /** Full years registered and operating in Henan as of {@code asOf}; {@code null} if the date is missing. */
    public Integer getFullYearsRegisteredInHenan() {
        return fullYearsRegisteredInHenan;
    }

    /** The months after the full years ("2 年 11 个月"). */
    public Integer getMonthsBeyondFullYears() {
        return monthsBeyondFullYears;
    }

    public Boolean getIndependentLegalPerson() {
        return independentLegalPerson;
    }

    public Boolean getPaysTaxInHenan() {
        return paysTaxInHenan;
    }

    public Boolean getMainBusinessEducationTraining() {
        return mainBusinessEducationTraining;
    }

    public Boolean getAboveDesignatedSize() {
        return aboveDesignatedSize;
    }

    public Boolean getNationalTrack() {
        return nationalTrack;
    }
}
