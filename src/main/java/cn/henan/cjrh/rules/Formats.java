package cn.henan.cjrh.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers read in findings and bases, imported into DRL with {@code import function}: yuan with thousands
 * separators and fen, ratios as percentages.
 */
public final class Formats {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** As many decimals as {@link #plain} shows; more are rounded half-even, as {@code DecimalFormat} rounds. */
    private static final int PLAIN_DECIMALS = 10;

    private Formats() {}

    /** {@code 1500000} → "1,500,000.00 元"; money is rounded to fen half-up only here, at the end. */
    public static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        var fen = amount.setScale(2, RoundingMode.HALF_UP);
        return grouped(fen.signum() < 0, fen.abs().toPlainString()) + " 元";
    }

    /**
     * {@code 0.015} → "1.5%". Cut (not rounded) to two decimals, so a share just below a threshold never reads as equal
     * to it (0.0149999 → "1.49%").
     */
    public static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "—";
        }
        return plain(ratio.multiply(HUNDRED).setScale(2, RoundingMode.DOWN)) + "%";
    }

    /** {@code 23.20} → "23.2", {@code 1200} → "1,200". */
    public static String plain(BigDecimal number) {
        if (number == null) {
            return "—";
        }
        var rounded =
                number.scale() > PLAIN_DECIMALS ? number.setScale(PLAIN_DECIMALS, RoundingMode.HALF_EVEN) : number;
        if (rounded.signum() == 0) {
            return number.signum() < 0 ? "-0" : "0"; // DecimalFormat keeps the sign of what it rounded away
        }
        rounded = rounded.stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        return grouped(rounded.signum() < 0, rounded.abs().toPlainString());
    }

    /** The smallest whole number not below {@code number}: 23.2 posts needed means 24 posts. */
    public static long wholeAtLeast(BigDecimal number) {
        return number.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * Thousands separators in the whole part of a plain, unsigned decimal ("1234567.5" → "1,234,567.5"). Written out
     * rather than with {@code DecimalFormat}, which is not thread-safe and cost about a tenth of an assessment: every
     * finding and incentive basis prints its numbers here.
     */
    private static String grouped(boolean negative, String digits) {
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        var text = new StringBuilder(digits.length() + whole / 3 + 1);
        if (negative) {
            text.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, whole, digits.length()).toString();
    }
}
