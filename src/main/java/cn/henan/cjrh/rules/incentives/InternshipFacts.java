package cn.henan.cjrh.rules.incentives;

import cn.henan.cjrh.application.ApplicationForm.Internships;

/** Students taken in for internships (实习), in student-months; {@code null} when not given. */
public final class InternshipFacts {
    private final Integer studentMonths;

    public InternshipFacts(Internships internships) {
        this.studentMonths = internships == null ? null : internships.studentMonths();
    }

    public Integer getStudentMonths() {
        return studentMonths;
    }
}
