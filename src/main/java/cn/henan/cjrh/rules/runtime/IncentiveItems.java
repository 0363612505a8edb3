package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.IncentiveItem;
import cn.henan.cjrh.rules.SurchargeOffsetYear;
import cn.henan.cjrh.rules.incentives.SurchargeOffsetLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/**
 * Builds incentive items in DRL consequences: pillar, code, title, jurisdiction and source come from the firing rule's
 * {@code @pillar}, {@code @code}, {@code @title}, {@code @jurisdiction} and {@code @source}. Amounts are rounded to
 * fen half-up here, at the end.
 */
public final class IncentiveItems {

    private IncentiveItems() {}

    /** An item with an amount in yuan and the arithmetic behind it. */
    public static IncentiveItem amounted(Rule rule, BigDecimal amount, String basis) {
        return item(rule, amount.setScale(2, RoundingMode.HALF_UP), basis, List.of());
    }

    /** An item no policy gives an amount for: {@code amount: null}, never an estimate. */
    public static IncentiveItem unquantified(Rule rule, String basis) {
        return item(rule, null, basis, List.of());
    }

    /** {@code FISCAL_SURCHARGE_OFFSET}: the sum of the yearly offsets, each year in the details. */
    public static IncentiveItem surchargeOffset(Rule rule, SurchargeOffsetLedger ledger, String basis) {
        return item(rule, ledger.getTotalOffset(), basis, ledger.getYears());
    }

    private static IncentiveItem item(Rule rule, BigDecimal amount, String basis, List<SurchargeOffsetYear> details) {
        var header = RuleMetadata.itemHeader(rule);
        return new IncentiveItem(
                header.pillar(),
                header.code(),
                header.title(),
                header.jurisdiction(),
                header.source(),
                amount,
                basis,
                details);
    }
}
