package cn.henan.cjrh.incentives;

import java.time.Instant;
import java.util.List;

/** The incentive bundle was granted to a certified enterprise; {@code codes} are its items' codes in order. */
public record IncentivesGranted(
        long applicationId, long enterpriseId, int rulesetVersion, Instant grantedAt, List<String> codes) {

    public IncentivesGranted {
        codes = List.copyOf(codes);
    }
}
