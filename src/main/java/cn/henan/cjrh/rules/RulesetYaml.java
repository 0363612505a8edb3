package cn.henan.cjrh.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * Reads the parameter and test files. Strict on purpose: a misspelt field in a test case must fail loudly, not make the
 * case check less than its author thinks.
 */
final class RulesetYaml {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RulesetYaml() {}

    static List<Parameter> parameters(String path, String yaml) {
        return read(path, yaml, new TypeReference<List<Parameter>>() {});
    }

    static List<RulesetTestCase> tests(String path, String yaml) {
        return read(path, yaml, new TypeReference<List<RulesetTestCase>>() {}).stream()
                .map(test -> test.file() == null ? test.withFile(path) : test)
                .toList();
    }

    private static <T> List<T> read(String path, String yaml, TypeReference<List<T>> type) {
        if (yaml.isBlank()) {
            return List.of();
        }
        try {
            var list = YAML.readValue(yaml, type);
            return list == null ? List.of() : list;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new RulesetRejectedException(List.of(new RulesetMessage(
                    path,
                    location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(),
                    "无法读取：" + e.getOriginalMessage())));
        }
    }
}
