package cn.henan.cjrh.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a ruleset draft would change in the stored past applications (each application's latest submitted dossier
 * version, its county, dated the day it was frozen in Asia/Shanghai), compared with the version in effect on that date.
 *
 * @param baseline how the "before" was decided: {@code IN_EFFECT_ON_AS_OF}
 * @param applications applications re-assessed with both
 * @param skipped applications no published version was in effect for (dated before the first one)
 * @param changed applications whose eligibility, a clause's status or an incentive amount changed
 * @param byClause per clause code: how many applications saw its status change, and in which direction
 * @param byCity per city code: applications re-assessed and how many flipped each way
 * @param incentives per incentive item code: how many applications' amounts changed, and the sum of the changes
 */
public record ImpactReport(
        String baseline,
        long applications,
        long skipped,
        long changed,
        long becameIneligible,
        long becameEligible,
        Map<String, ClauseChange> byClause,
        Map<String, CityImpact> byCity,
        Map<String, IncentiveChange> incentives) {

    public static final String IN_EFFECT_ON_AS_OF = "IN_EFFECT_ON_AS_OF";

    /** @param changed every status change; {@code becameNotMet} and {@code becameMet} the two directions that matter */
    public record ClauseChange(long changed, long becameNotMet, long becameMet) {}

    public record CityImpact(long applications, long becameIneligible, long becameEligible) {}

    /** @param totalDelta the sum over those applications of (draft amount − current amount), in yuan */
    public record IncentiveChange(long count, BigDecimal totalDelta) {}
}
