package cn.henan.cjrh.rules.eligibility;

import cn.henan.cjrh.application.ApplicationForm.Cooperation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * One school the enterprise cooperates with (P06). Cooperation years are {@code year(asOf) - sinceYear} (DESIGN.md §4).
 */
public final class CooperationFacts {
    private final int position;
    private final String schoolName;
    private final Integer sinceYear;
    private final Integer yearsOfCooperation;
    private final Integer coBuiltSpecialties;
    private final Integer peopleTrained;

    /** @param position 1-based place in {@code participation.cooperations}, for messages */
    public CooperationFacts(int position, Cooperation cooperation, LocalDate asOf) {
        this.position = position;
        this.schoolName = cooperation.schoolName();
        this.sinceYear = cooperation.sinceYear();
        this.yearsOfCooperation = sinceYear == null ? null : asOf.getYear() - sinceYear;
        this.coBuiltSpecialties = cooperation.coBuiltSpecialties();
        this.peopleTrained = cooperation.peopleTrained();
    }

    public int getPosition() {
        return position;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public Integer getSinceYear() {
        return sinceYear;
    }

    public Integer getYearsOfCooperation() {
        return yearsOfCooperation;
    }

    public Integer getCoBuiltSpecialties() {
        return coBuiltSpecialties;
    }

    public Integer getPeopleTrained() {
        return peopleTrained;
    }

    /** Whether the three numbers P06 compares are all given. */
    public boolean isComplete() {
        return sinceYear != null && coBuiltSpecialties != null && peopleTrained != null;
    }

    /** The summaries of several cooperations, joined for a message. */
    public static String summaries(Collection<?> cooperations) {
        return cooperations.stream()
                .map(CooperationFacts.class::cast)
                .sorted(Comparator.comparing(CooperationFacts::getPosition))
                .map(CooperationFacts::getSummary)
                .collect(Collectors.joining("；"));
    }

    /** "周口职业技术学院：合作 4 年（自 2021 年起）、共建专业 3 个、培养 60 人", naming any field left empty. */
    public String getSummary() {
        var parts = new ArrayList<String>();
        var field = "participation.cooperations[" + (position - 1) + "].";
        parts.add(
                sinceYear == null
                        ? "未填写合作起始年份（" + field + "sinceYear）"
                        : "合作 " + yearsOfCooperation + " 年（自 " + sinceYear + " 年起）");
        parts.add(
                coBuiltSpecialties == null
                        ? "未填写共建专业数（" + field + "coBuiltSpecialties）"
                        : "共建专业 " + coBuiltSpecialties + " 个");
        parts.add(peopleTrained == null ? "未填写培养人数（" + field + "peopleTrained）" : "培养 " + peopleTrained + " 人");
        var name = schoolName == null || schoolName.isBlank() ? "第 " + position + " 所合作学校" : schoolName.strip();
        return name + "：" + String.join("、", parts);
    }
}
