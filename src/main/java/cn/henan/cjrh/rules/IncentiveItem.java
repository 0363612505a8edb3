package cn.henan.cjrh.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One item of the incentive bundle. {@code amount} is in yuan, or {@code null} where no policy gives one (never an
 * estimate); {@code basis} explains the sum or quotes the policy. Only {@code FISCAL_SURCHARGE_OFFSET} has details.
 */
public record IncentiveItem(
        Pillar pillar,
        String code,
        String title,
        String jurisdiction,
        String source,
        BigDecimal amount,
        String basis,
        List<SurchargeOffsetYear> details) {

    public IncentiveItem {
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(code, "code");
        details = details == null ? List.of() : List.copyOf(details);
    }
}
