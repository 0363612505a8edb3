package cn.henan.cjrh.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers read in findings and bases, imported into DRL with {@code import function}: yuan with thousands
 * separators and fen, ratios as percentages.
 */
public final class Formats {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // DecimalFormat is not thread-safe and costly to build (pattern parse, locale lookup): one per thread, reused by
    // every finding a rule writes (the rules benchmark showed building them per call as a tenth of an assessment).
    private static final ThreadLocal<DecimalFormat> YUAN =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    private static final ThreadLocal<DecimalFormat> PLAIN = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Formats() {}

    /** {@code 1500000} → "1,500,000.00 元"; money is rounded to fen half-up only here, at the end. */
    public static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        return YUAN.get().format(amount.setScale(2, RoundingMode.HALF_UP)) + " 元";
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
        return PLAIN.get().format(number);
    }

    /** The smallest whole number not below {@code number}: 23.2 posts needed means 24 posts. */
    public static long wholeAtLeast(BigDecimal number) {
        return number.setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
