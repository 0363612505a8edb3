package cn.henan.cjrh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key is in every bundle, and every {@code #{key}} a template uses exists. */
class MessageBundlesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final String[] BUNDLES = {"messages", "i18n/pages", "i18n/studio", "i18n/dashboard"};

    @Test
    void bundles_haveTheSameKeys() throws IOException {
        for (var bundle : BUNDLES) {
            var chinese = load(bundle + ".properties");
            var english = load(bundle + "_en.properties");

            assertThat(new TreeSet<>(english.stringPropertyNames()))
                    .as(bundle)
                    .containsExactlyElementsOf(new TreeSet<>(chinese.stringPropertyNames()));
        }
    }

    @Test
    void templates_useOnlyExistingKeys() throws IOException {
        var keys = new java.util.HashSet<String>();
        for (var bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        var reference = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = reference.matcher(Files.readString(file));
                while (matcher.find()) {
                    assertThat(keys)
                            .as(file + " uses #{" + matcher.group(1) + "}")
                            .contains(matcher.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(
                MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
