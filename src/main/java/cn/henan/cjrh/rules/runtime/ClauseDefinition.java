package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.Severity;

/** A clause as its rules declare it ({@code @clause}, {@code @severity}, {@code @source}). */
public record ClauseDefinition(String clause, Severity severity, String source) {}
