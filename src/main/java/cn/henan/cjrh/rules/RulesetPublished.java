package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;
import java.time.LocalDate;

/**
 * A ruleset version was published: from {@code effectiveFrom} it decides assessments. Version 1 is published by
 * {@code system} on the platform's first start.
 *
 * @param baseVersion the version it was copied from; {@code null} for version 1
 */
public record RulesetPublished(
        int version,
        Integer baseVersion,
        LocalDate effectiveFrom,
        String changeNote,
        int files,
        int parameters,
        int testCases,
        Actor approvedBy) {}
