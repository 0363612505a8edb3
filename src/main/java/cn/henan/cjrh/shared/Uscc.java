package cn.henan.cjrh.shared;

import java.util.Optional;

/**
 * 统一社会信用代码 — the unified social credit code of GB 32100-2015: 18 characters from a 31-character alphabet
 * (no I, O, S, V, Z), the six-digit administrative division code in positions 3–8, and a check character computed
 * modulo 31 over the first 17.
 */
public record Uscc(String value) {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        var problem = check(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(
                    "invalid USCC " + value + ": " + problem.get().rule());
        }
    }

    /** The administrative division code (GB/T 2260) embedded in positions 3–8. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** The rule a candidate breaks, first one first; empty when it is a well-formed code. */
    public static Optional<Problem> check(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return Optional.of(new Problem(Rule.LENGTH, candidate == null ? 0 : candidate.length(), null));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return Optional.of(new Problem(Rule.ALPHABET, i + 1, String.valueOf(candidate.charAt(i))));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(candidate.charAt(i))) {
                return Optional.of(new Problem(Rule.DIVISION_CODE, i + 1, String.valueOf(candidate.charAt(i))));
            }
        }
        char expected = checkCharacter(candidate.substring(0, 17));
        if (candidate.charAt(17) != expected) {
            return Optional.of(new Problem(Rule.CHECK_CHARACTER, 18, String.valueOf(expected)));
        }
        return Optional.empty();
    }

    /** The GB 32100 check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The rules of GB 32100 checked here, in the order they are checked. */
    public enum Rule {
        LENGTH,
        ALPHABET,
        DIVISION_CODE,
        CHECK_CHARACTER
    }

    /**
     * A broken rule: {@code position} is 1-based (for LENGTH, the length found); {@code detail} the offending character,
     * or for CHECK_CHARACTER the one expected.
     */
    public record Problem(Rule rule, int position, String detail) {
        public String messageKey() {
            return "shared.uscc."
                    + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
