package cn.henan.cjrh.rules.incentives;

import static cn.henan.cjrh.rules.Formats.percent;
import static cn.henan.cjrh.rules.Formats.yuan;

import cn.henan.cjrh.application.ApplicationForm.Investment;
import cn.henan.cjrh.rules.SurchargeOffsetYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The 30% surcharge offset over the years (财税〔2019〕46号 art. 3; DOMAIN.md §7.1), computed exactly and rounded to fen
 * half-up only when shown:
 *
 * <pre>
 * available(t) = carried(t-1) + rate × qualifyingInvestment(t)
 * offset(t)    = min(available(t), educationSurchargePayable(t) + localEducationSurchargePayable(t))
 * carried(t)   = available(t) - offset(t)          -- no expiry
 * </pre>
 *
 * Rows of the same year are added up; rows without a year or before the policy's first year are left out and said so;
 * an empty or negative amount counts as 0 and is said so too.
 */
public final class SurchargeOffsetLedger {
    private final List<SurchargeOffsetYear> years;
    private final List<String> yearLines;
    private final List<String> notes;
    private final BigDecimal totalOffset;
    private final BigDecimal carriedForward;

    private SurchargeOffsetLedger(
            List<SurchargeOffsetYear> years,
            List<String> yearLines,
            List<String> notes,
            BigDecimal totalOffset,
            BigDecimal carriedForward) {
        this.years = List.copyOf(years);
        this.yearLines = List.copyOf(yearLines);
        this.notes = List.copyOf(notes);
        this.totalOffset = totalOffset;
        this.carriedForward = carriedForward;
    }

    public static SurchargeOffsetLedger carryForward(BigDecimal rate, int firstYear, List<Investment> investments) {
        var notes = new ArrayList<String>();
        var byYear = new TreeMap<Integer, YearTotals>();
        for (int i = 0; i < investments.size(); i++) {
            var row = investments.get(i);
            var field = "investments[" + i + "]";
            if (row == null || row.year() == null) {
                notes.add("第 " + (i + 1) + " 项投资未填写年份（" + field + ".year），未计入");
            } else if (row.year() < firstYear) {
                notes.add(row.year() + " 年早于政策施行年份（" + firstYear + " 年），未计入");
            } else {
                byYear.computeIfAbsent(row.year(), year -> new YearTotals()).add(row, field, notes);
            }
        }
        var years = new ArrayList<SurchargeOffsetYear>();
        var lines = new ArrayList<String>();
        var carried = BigDecimal.ZERO;
        var total = BigDecimal.ZERO;
        for (var entry : byYear.entrySet()) {
            var totals = entry.getValue();
            var credit = totals.investment.multiply(rate);
            var available = carried.add(credit);
            var offset = available.min(totals.payable);
            var broughtForward = carried;
            carried = available.subtract(offset);
            total = total.add(offset);
            years.add(new SurchargeOffsetYear(entry.getKey(), fen(credit), fen(offset), fen(carried)));
            lines.add(entry.getKey() + " 年：投资 " + yuan(totals.investment) + " × " + percent(rate) + " = 新增抵免额 "
                    + yuan(credit) + "，上年结转 " + yuan(broughtForward) + "，应缴教育费附加及地方教育附加 "
                    + yuan(totals.payable) + "，抵免 " + yuan(offset) + "，结转下年 " + yuan(carried));
        }
        return new SurchargeOffsetLedger(years, lines, notes, fen(total), fen(carried));
    }

    /** Each year in order as {@code {year, credit, offset, carriedForward}}. */
    public List<SurchargeOffsetYear> getYears() {
        return years;
    }

    /** The sum of the offsets, in yuan rounded to fen. */
    public BigDecimal getTotalOffset() {
        return totalOffset;
    }

    /** Credit still unused after the last year, in yuan rounded to fen. */
    public BigDecimal getCarriedForward() {
        return carriedForward;
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    /** One line per year, then what was left out: the arithmetic a tax officer can follow. */
    public String getSummary() {
        var all = new ArrayList<String>(yearLines);
        all.addAll(notes);
        return String.join("；", all);
    }

    private static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static final class YearTotals {
        private BigDecimal investment = BigDecimal.ZERO;
        private BigDecimal payable = BigDecimal.ZERO;

        void add(Investment row, String field, List<String> notes) {
            investment = investment.add(amount(row.qualifyingInvestment(), field + ".qualifyingInvestment", notes));
            payable = payable.add(amount(row.educationSurchargePayable(), field + ".educationSurchargePayable", notes))
                    .add(amount(
                            row.localEducationSurchargePayable(), field + ".localEducationSurchargePayable", notes));
        }

        private static BigDecimal amount(BigDecimal value, String field, List<String> notes) {
            if (value == null) {
                notes.add("未填写 " + field + "，按 0 计");
                return BigDecimal.ZERO;
            }
            if (value.signum() < 0) {
                notes.add(field + " 为负数，按 0 计");
                return BigDecimal.ZERO;
            }
            return value;
        }
    }
}
