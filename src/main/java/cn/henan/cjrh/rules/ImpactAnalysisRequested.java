package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;

/** Policy staff started an impact analysis of a ruleset version over the stored past applications. */
public record ImpactAnalysisRequested(int version, long jobId, int total, Actor requestedBy) {}
