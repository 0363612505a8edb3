package cn.henan.cjrh.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * 密码规则 — what a password must be: 8 to 64 characters, at least three of upper case, lower case, digits and
 * symbols, and not containing the username. Says which rule a password breaks.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    public static final int MIN_CHARACTER_CLASSES = 3;

    private PasswordPolicy() {}

    /** The message key of the first rule broken; empty when the password is acceptable. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.length");
        }
        if (characterClasses(password) < MIN_CHARACTER_CLASSES) {
            return Optional.of("identity.password.character-classes");
        }
        if (username != null
                && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("identity.password.contains-username");
        }
        return Optional.empty();
    }

    private static int characterClasses(String password) {
        boolean upper = false, lower = false, digit = false, symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
