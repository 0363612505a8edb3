package cn.henan.cjrh.application;

import cn.henan.cjrh.identity.Actor;

/** A batch was opened ({@code created}) or changed by an admin. */
public record BatchChanged(Batch batch, Actor actor, boolean created) {}
