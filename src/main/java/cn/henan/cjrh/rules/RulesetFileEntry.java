package cn.henan.cjrh.rules;

/**
 * One DRL file of a ruleset version as {@code GET /rulesets/{v}/files} lists it.
 *
 * @param path below the ruleset root, e.g. {@code eligibility/E01-registered-three-years.drl}
 * @param size in bytes, UTF-8
 */
public record RulesetFileEntry(String path, long size, String sha256) {}
