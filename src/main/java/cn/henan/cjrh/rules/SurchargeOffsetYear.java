package cn.henan.cjrh.rules;

import java.math.BigDecimal;

/**
 * One year of the 30% surcharge offset (财税〔2019〕46号 art. 3), in yuan rounded to fen.
 *
 * @param credit that year's new credit: the rate times its qualifying investment
 * @param offset what was set against that year's 教育费附加 + 地方教育附加
 * @param carriedForward unused credit carried into later years (no expiry)
 */
public record SurchargeOffsetYear(int year, BigDecimal credit, BigDecimal offset, BigDecimal carriedForward) {}
