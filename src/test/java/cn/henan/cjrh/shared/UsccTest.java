package cn.henan.cjrh.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91411602MA9G7H8J9U", // the demo enterprise of DESIGN.md §5
                "91350100M000100Y43", // check character 3
                "91411202MA3JJL6B3W",
                "91410181MA3J9HTM5F",
                "12100000400010398P", // a public institution (registration authority 1)
            })
    void check_wellFormedCodes_pass(String code) {
        assertThat(Uscc.check(code)).isEmpty();
        assertThat(new Uscc(code).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "91411602MA9G7H8J9X, CHECK_CHARACTER, 18, U",
                "91411602MA9G7H8J9, LENGTH, 17, null",
                "91411602MA9G7H8J9UU, LENGTH, 19, null",
                "'', LENGTH, 0, null",
                "91411602MA9G7H8JIU, ALPHABET, 17, I",
                "91411602MA9G7H8JOU, ALPHABET, 17, O",
                "91411602MA9G7H8JZU, ALPHABET, 17, Z",
                "91411602MA9G7H8JSU, ALPHABET, 17, S",
                "91411602MA9G7H8JVU, ALPHABET, 17, V",
                "91411602ma9g7h8j9u, ALPHABET, 9, m",
                "9141160AMA9G7H8J9U, DIVISION_CODE, 8, A",
            })
    void check_brokenCodes_nameTheRuleAndPosition(String code, Uscc.Rule rule, int position, String detail) {
        var problem = Uscc.check(code).orElseThrow();

        assertThat(problem.rule()).isEqualTo(rule);
        assertThat(problem.position()).isEqualTo(position);
        assertThat(problem.detail()).isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource({"91411602MA9G7H8J9, U", "91350100M000100Y4, 3", "12100000400010398, P"})
    void checkCharacter_followsGb32100(String first17, char expected) {
        assertThat(Uscc.checkCharacter(first17)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91411602MA9G7H8J9X", "short"})
    void constructor_refusesBrokenCodes(String code) {
        assertThatThrownBy(() -> new Uscc(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void divisionCode_isPositionsThreeToEight() {
        assertThat(new Uscc("91411602MA9G7H8J9U").divisionCode()).isEqualTo("411602");
    }
}
