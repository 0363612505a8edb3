package cn.henan.cjrh.demo;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationForm.Apprentices;
import cn.henan.cjrh.application.ApplicationForm.ApprenticeshipPilotLevel;
import cn.henan.cjrh.application.ApplicationForm.Basic;
import cn.henan.cjrh.application.ApplicationForm.Compliance;
import cn.henan.cjrh.application.ApplicationForm.Cooperation;
import cn.henan.cjrh.application.ApplicationForm.Internships;
import cn.henan.cjrh.application.ApplicationForm.Investment;
import cn.henan.cjrh.application.ApplicationForm.Participation;
import cn.henan.cjrh.application.ApplicationForm.RunsSchool;
import cn.henan.cjrh.application.ApplicationForm.SchoolKind;
import cn.henan.cjrh.application.ApplicationForm.Workforce;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Filled-in forms: the example of DESIGN.md §5a, and the same firm on the dishonesty blacklist. The demo data uses them,
 * and so do the tests, so both show the same firm.
 */
public final class DemoForms {
    private DemoForms() {}

    public static ApplicationForm eligible() {
        return new ApplicationForm(
                new Basic(LocalDate.of(2019, 5, 10), true, true, false, true, false, "高端装备"),
                new Workforce(
                        1200,
                        30,
                        new BigDecimal("96000000.00"),
                        new BigDecimal("1800000.00"),
                        new BigDecimal("1200000.00")),
                new Participation(
                        RunsSchool.NONE,
                        false,
                        true,
                        ApprenticeshipPilotLevel.PROVINCIAL,
                        3,
                        false,
                        List.of(new Cooperation("周口职业技术学院", SchoolKind.VOCATIONAL, 2021, 3, 60))),
                new Apprentices(10, 5),
                new Internships(120),
                List.of(new Investment(
                        2025, new BigDecimal("2000000.00"), new BigDecimal("150000.00"), new BigDecimal("100000.00"))),
                new Compliance(List.of(), false, false, null));
    }

    public static ApplicationForm onBlacklist() {
        var form = eligible();
        return new ApplicationForm(
                form.basic(),
                form.workforce(),
                form.participation(),
                form.apprentices(),
                form.internships(),
                form.investments(),
                new Compliance(List.of(), true, false, null));
    }
}
