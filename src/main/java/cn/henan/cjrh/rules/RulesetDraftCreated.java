package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;

/** A new draft was copied from {@code baseVersion} (a rollback is a draft based on an older version). */
public record RulesetDraftCreated(int version, int baseVersion, String changeNote, Actor createdBy) {}
