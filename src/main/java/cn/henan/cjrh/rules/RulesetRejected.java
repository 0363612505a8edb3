package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;

/** 退回 — an approver sent a submitted version back to DRAFT with a reason. */
public record RulesetRejected(int version, String reason, String submittedBy, Actor rejectedBy) {}
