package cn.henan.cjrh.incentives;

import cn.henan.cjrh.rules.IncentiveItem;
import java.time.Instant;
import java.util.List;

/**
 * The incentive bundle granted to an enterprise at certification, item by item as the ruleset computed it (amounts in
 * yuan, {@code null} where no policy gives one). Before any grant: no application, version or date, and no items.
 */
public record GrantedBundle(
        long enterpriseId, Long applicationId, Integer rulesetVersion, Instant grantedAt, List<IncentiveItem> items) {

    public GrantedBundle {
        items = List.copyOf(items);
    }

    static GrantedBundle none(long enterpriseId) {
        return new GrantedBundle(enterpriseId, null, null, null, List.of());
    }

    public boolean isGranted() {
        return applicationId != null;
    }
}
