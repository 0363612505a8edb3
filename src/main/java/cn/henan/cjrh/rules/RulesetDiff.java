package cn.henan.cjrh.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The answer of {@code GET /rulesets/{from}/diff/{to}}: which DRL files were added, removed or changed (with a unified
 * diff and the changed line ranges), which parameter entries were added, removed or changed (old and new value), and
 * which test cases, by name.
 */
public record RulesetDiff(int from, int to, Files files, Parameters parameters, Tests tests) {

    public record Files(List<RulesetFileEntry> added, List<RulesetFileEntry> removed, List<FileChange> changed) {}

    /**
     * @param hunks the changed line ranges: lines {@code fromLine…} of the old file became {@code toLine…} of the new
     * @param diff in unified format, three lines of context
     */
    public record FileChange(
            String path,
            String fromSha256,
            String toSha256,
            int linesAdded,
            int linesRemoved,
            List<LineRange> hunks,
            String diff) {}

    public record LineRange(int fromLine, int fromCount, int toLine, int toCount) {}

    public record Parameters(List<Parameter> added, List<Parameter> removed, List<ParameterChange> changed) {}

    /** One parameter entry (key at a jurisdiction) whose value, unit or source changed. */
    public record ParameterChange(String key, String jurisdictionCode, Parameter from, Parameter to) {}

    public record Tests(List<String> added, List<String> removed, List<String> changed) {}

    public boolean isEmpty() {
        return files.added().isEmpty()
                && files.removed().isEmpty()
                && files.changed().isEmpty()
                && parameters.added().isEmpty()
                && parameters.removed().isEmpty()
                && parameters.changed().isEmpty()
                && tests.added().isEmpty()
                && tests.removed().isEmpty()
                && tests.changed().isEmpty();
    }

    static RulesetDiff between(int from, RulesetFiles a, int to, RulesetFiles b) {
        return new RulesetDiff(
                from,
                to,
                files(from, a.drl(), to, b.drl()),
                parameters(a.parameters(), b.parameters()),
                tests(a.tests(), b.tests()));
    }

    static Parameters parameters(List<Parameter> a, List<Parameter> b) {
        var before = byEntry(a);
        var after = byEntry(b);
        var added = new ArrayList<Parameter>();
        var removed = new ArrayList<Parameter>();
        var changed = new ArrayList<ParameterChange>();
        before.forEach((entry, old) -> {
            var now = after.get(entry);
            if (now == null) {
                removed.add(old);
            } else if (!same(old, now)) {
                changed.add(new ParameterChange(old.getKey(), old.getJurisdictionCode(), old, now));
            }
        });
        after.forEach((entry, now) -> {
            if (!before.containsKey(entry)) {
                added.add(now);
            }
        });
        return new Parameters(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    private static Files files(int from, Map<String, String> a, int to, Map<String, String> b) {
        var added = new ArrayList<RulesetFileEntry>();
        var removed = new ArrayList<RulesetFileEntry>();
        var changed = new ArrayList<FileChange>();
        var paths = new TreeSet<String>(a.keySet());
        paths.addAll(b.keySet());
        for (var path : paths) {
            var old = a.get(path);
            var now = b.get(path);
            if (old == null) {
                added.add(entry(path, now));
            } else if (now == null) {
                removed.add(entry(path, old));
            } else if (!old.equals(now)) {
                var diff = LineDiff.of("a/" + path + " (v" + from + ")", old, "b/" + path + " (v" + to + ")", now);
                changed.add(new FileChange(
                        path,
                        RulesetVersionRepository.sha256(old),
                        RulesetVersionRepository.sha256(now),
                        diff.linesAdded(),
                        diff.linesRemoved(),
                        diff.hunks().stream()
                                .map(h -> new LineRange(h.fromLine(), h.fromCount(), h.toLine(), h.toCount()))
                                .toList(),
                        diff.unified()));
            }
        }
        return new Files(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    static Tests tests(List<RulesetTestCase> a, List<RulesetTestCase> b) {
        var before = byName(a);
        var after = byName(b);
        var added = new ArrayList<String>();
        var removed = new ArrayList<String>();
        var changed = new ArrayList<String>();
        before.forEach((name, old) -> {
            var now = after.get(name);
            if (now == null) {
                removed.add(name);
            } else if (!Objects.equals(old, now)) {
                changed.add(name);
            }
        });
        after.keySet().stream().filter(name -> !before.containsKey(name)).forEach(added::add);
        return new Tests(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    /** Equal, with numbers compared by value: 0.60 read back from JSON as 0.6 is no change. */
    static boolean same(Parameter a, Parameter b) {
        if (a.isNumeric() && b.isNumeric()) {
            return a.getKey().equals(b.getKey())
                    && a.getJurisdictionCode().equals(b.getJurisdictionCode())
                    && a.getDecimalValue().compareTo(b.getDecimalValue()) == 0
                    && Objects.equals(a.getUnit(), b.getUnit())
                    && Objects.equals(a.getSource(), b.getSource());
        }
        return a.equals(b);
    }

    private static RulesetFileEntry entry(String path, String content) {
        return new RulesetFileEntry(
                path,
                content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                RulesetVersionRepository.sha256(content));
    }

    private static Map<String, Parameter> byEntry(List<Parameter> parameters) {
        var map = new LinkedHashMap<String, Parameter>();
        parameters.forEach(p -> map.putIfAbsent(p.getKey() + "@" + p.getJurisdictionCode(), p));
        return map;
    }

    /** Test cases by name; a name used twice is told apart by its position among equals. */
    private static Map<String, RulesetTestCase> byName(List<RulesetTestCase> tests) {
        var map = new LinkedHashMap<String, RulesetTestCase>();
        for (var test : tests) {
            var name = test.name() == null ? "" : test.name();
            var unique = name;
            for (int n = 2; map.containsKey(unique); n++) {
                unique = name + " (" + n + ")";
            }
            map.put(unique, test);
        }
        return map;
    }
}
