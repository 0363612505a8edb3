package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;
import java.time.LocalDate;

/**
 * An approver other than the submitter approved a version whose tests all pass; it is published in the same step
 * ({@link RulesetPublished}).
 */
public record RulesetApproved(
        int version, LocalDate effectiveFrom, String submittedBy, int testsPassed, Actor approvedBy) {}
