package cn.henan.cjrh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "Demo@2026, ent.demo, null",
                "abcDEF12, someone, null",
                "abc!@#12, someone, null",
                "Ab1!, someone, identity.password.length",
                "Aa1!Aa1, someone, identity.password.length",
                "abcdefgh12, someone, identity.password.character-classes",
                "ABCDEFGH!!, someone, identity.password.character-classes",
                "Xzhangsan#9, zhangsan, identity.password.contains-username",
                "XZHANGSAN#9, zhangsan, identity.password.contains-username",
                "null, someone, identity.password.length",
            })
    void check_namesTheFirstBrokenRule(String password, String username, String expectedRule) {
        assertThat(PasswordPolicy.check(password, username)).isEqualTo(java.util.Optional.ofNullable(expectedRule));
    }

    @org.junit.jupiter.api.Test
    void check_refusesOverlongPasswords() {
        assertThat(PasswordPolicy.check("Aa1!".repeat(17), "someone")).hasValue("identity.password.length");
    }
}
