package cn.henan.cjrh.rules.eligibility;

import cn.henan.cjrh.application.ApplicationForm.Participation;

/**
 * How the enterprise takes part in running schools (参与办学, P01–P05). Enumerations are given as their names
 * ({@code "SOLE"}) so DRL needs no type outside the fact packages.
 */
public final class ParticipationFacts {
    private final boolean declared;
    private final String runsSchool;
    private final Boolean corporateUniversityPublicTraining;
    private final Boolean educationGroupMember;
    private final String apprenticeshipPilotLevel;
    private final Integer apprenticeshipCooperationYears;
    private final Boolean onePlusXPilot;
    private final int cooperationCount;

    public ParticipationFacts(Participation participation) {
        this.declared = participation != null;
        var given = participation == null ? new Participation(null, null, null, null, null, null, null) : participation;
        this.runsSchool = given.runsSchool() == null ? null : given.runsSchool().name();
        this.corporateUniversityPublicTraining = given.corporateUniversityPublicTraining();
        this.educationGroupMember = given.educationGroupMember();
        this.apprenticeshipPilotLevel = given.apprenticeshipPilotLevel() == null
                ? null
                : given.apprenticeshipPilotLevel().name();
        this.apprenticeshipCooperationYears = given.apprenticeshipCooperationYears();
        this.onePlusXPilot = given.onePlusXPilot();
        this.cooperationCount = given.cooperations().size();
    }

    public boolean isDeclared() {
        return declared;
    }

    /** {@code NONE}, {@code SOLE}, {@code MAJOR_CO_FOUNDER} or {@code null}. */
    public String getRunsSchool() {
        return runsSchool;
    }

    public String getRunsSchoolLabel() {
        if (runsSchool == null) {
            return "未填写";
        }
        return switch (runsSchool) {
            case "SOLE" -> "独立举办职业院校或高等学校";
            case "MAJOR_CO_FOUNDER" -> "作为重要举办者参与举办职业院校或高等学校";
            default -> "未举办职业院校或高等学校";
        };
    }

    public Boolean getCorporateUniversityPublicTraining() {
        return corporateUniversityPublicTraining;
    }

    public Boolean getEducationGroupMember() {
        return educationGroupMember;
    }

    /** {@code NONE}, {@code MUNICIPAL}, {@code PROVINCIAL}, {@code NATIONAL} or {@code null}. */
    public String getApprenticeshipPilotLevel() {
        return apprenticeshipPilotLevel;
    }

    public String getApprenticeshipPilotLevelLabel() {
        if (apprenticeshipPilotLevel == null) {
            return "未填写";
        }
        return switch (apprenticeshipPilotLevel) {
            case "MUNICIPAL" -> "市级";
            case "PROVINCIAL" -> "省级";
            case "NATIONAL" -> "国家级";
            default -> "未参加";
        };
    }

    public Integer getApprenticeshipCooperationYears() {
        return apprenticeshipCooperationYears;
    }

    public Boolean getOnePlusXPilot() {
        return onePlusXPilot;
    }

    public int getCooperationCount() {
        return cooperationCount;
    }
}
