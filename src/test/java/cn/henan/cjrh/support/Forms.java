package cn.henan.cjrh.support;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.demo.DemoForms;

/** Forms for tests, in the domain's words (the demo's firm, so tests and demo agree). */
public final class Forms {
    private Forms() {}

    /** The example of DESIGN.md §5a: eligible (E01–E08 met, P03, P04 and P06 met). */
    public static ApplicationForm eligible() {
        return DemoForms.eligible();
    }

    /** The eligible form, but on the dishonesty blacklist (E06 not met). */
    public static ApplicationForm blacklisted() {
        return DemoForms.onBlacklist();
    }
}
