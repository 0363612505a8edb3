package cn.henan.cjrh.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A ruleset version's content: DRL sources by path ({@code eligibility/E01-registered-three-years.drl}), parameters and
 * test cases. The files under {@code rules/} are version 1.
 */
public record RulesetFiles(Map<String, String> drl, List<Parameter> parameters, List<RulesetTestCase> tests) {

    public RulesetFiles {
        drl = Collections.unmodifiableMap(new TreeMap<>(drl));
        parameters = List.copyOf(parameters);
        tests = List.copyOf(tests);
    }

    /**
     * Sorts files by where they sit: {@code *.drl} anywhere are rules, {@code parameters/*.yaml} parameters and
     * {@code tests/*.yaml} test cases; anything else (a README) is ignored.
     *
     * @param contentByPath file contents by path relative to the ruleset root, with forward slashes
     * @throws RulesetRejectedException if a YAML file cannot be read
     */
    public static RulesetFiles read(Map<String, String> contentByPath) {
        var drl = new TreeMap<String, String>();
        var parameters = new ArrayList<Parameter>();
        var tests = new ArrayList<RulesetTestCase>();
        new TreeMap<>(contentByPath).forEach((path, content) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, content);
            } else if (isYaml(path) && path.startsWith("parameters/")) {
                parameters.addAll(RulesetYaml.parameters(path, content));
            } else if (isYaml(path) && path.startsWith("tests/")) {
                tests.addAll(RulesetYaml.tests(path, content));
            }
        });
        return new RulesetFiles(drl, parameters, tests);
    }

    /** Reads a ruleset folder such as the repository's {@code rules/}. */
    public static RulesetFiles fromDirectory(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            var contents = new TreeMap<String, String>();
            for (var file : paths.filter(Files::isRegularFile).toList()) {
                var relative = root.relativize(file).toString().replace('\\', '/');
                contents.put(relative, Files.readString(file, StandardCharsets.UTF_8));
            }
            return read(contents);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取规则目录 " + root, e);
        }
    }

    private static boolean isYaml(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }
}
