package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;
import java.time.LocalDate;

/** 停用 — an approver took a published version out of effect, with the reason. */
public record RulesetRetired(int version, LocalDate effectiveFrom, String reason, Actor retiredBy) {}
