package cn.henan.cjrh.rules;

/**
 * One problem found when validating a ruleset ({@code POST /rulesets/{v}/validate}): a compile error, a refused import
 * or call, or a bad parameter. {@code line} and {@code column} are 1-based, 0 when unknown.
 *
 * @param file a path like {@code eligibility/E01-registered-three-years.drl}, or {@code parameters} for parameters
 */
public record RulesetMessage(String file, int line, int column, String text) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + " " + text;
    }
}
