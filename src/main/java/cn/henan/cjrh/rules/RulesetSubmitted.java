package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;

/** A draft that compiles was submitted for approval (待审批). */
public record RulesetSubmitted(int version, Integer baseVersion, String changeNote, Actor submittedBy) {}
