package cn.henan.cjrh.bench;

import cn.henan.cjrh.CertificationPlatform;
import cn.henan.cjrh.support.Fixtures;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * What the benchmark harnesses share: starting the platform with the {@code bench} profile (a throwaway embedded
 * PostgreSQL, no job executor, no demo data), the machine's description, and percentiles.
 */
final class BenchApp {
    private BenchApp() {}

    /**
     * Starts the whole platform (web server on a free port) with its database in {@code target/bench-db/<name>}. The
     * test support {@link Fixtures} is added as a bean; the test classes' own configurations (process test coverage) are
     * kept out of the component scan, as {@code @SpringBootTest} would.
     */
    static ConfigurableApplicationContext start(String name, Map<String, Object> extraProperties) {
        var properties = new HashMap<String, Object>();
        properties.put("cjrh.database.embedded.dir", "./target/bench-db/" + name);
        properties.putAll(extraProperties);
        long started = System.nanoTime();
        var context = new SpringApplicationBuilder(CertificationPlatform.class, Fixtures.class)
                .profiles("bench")
                .properties(properties)
                .initializers(app ->
                        app.getBeanFactory().registerSingleton("benchTestTypeExcludeFilter", new TestTypesExcluded()))
                .run();
        System.out.printf(Locale.ROOT, "Platform started in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return context;
    }

    /** The machine and its load right now (other builds may share it). */
    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(
                Locale.ROOT,
                "%d cores, %s %s, Java %s, max heap %d MB, %s; load average %s",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024,
                memory(),
                loadAverage(os.getSystemLoadAverage()));
    }

    static String loadAverage(double fallback) {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", fallback);
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> "RAM " + Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB")
                    .findFirst()
                    .orElse("RAM ?");
        } catch (IOException | RuntimeException e) {
            return "RAM ?";
        }
    }

    /** Nanosecond samples and their percentiles (nearest rank), shown in milliseconds. */
    static final class Samples {
        private long[] values = new long[256];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        void addAll(Samples other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int count() {
            return size;
        }

        double percentileMs(double p) {
            if (size == 0) {
                return Double.NaN;
            }
            var sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * size);
            return sorted[Math.min(Math.max(rank, 1), size) - 1] / 1e6;
        }

        double maxMs() {
            return percentileMs(100);
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms",
                    size,
                    percentileMs(50),
                    percentileMs(95),
                    percentileMs(99),
                    maxMs());
        }
    }

    /** Times one call in nanoseconds. */
    static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    static <T> List<T> shuffled(List<T> items, long seed) {
        var copy = new ArrayList<>(items);
        java.util.Collections.shuffle(copy, new java.util.Random(seed));
        return copy;
    }

    /** Keeps {@code @TestComponent} and {@code @TestConfiguration} classes out of the component scan. */
    static final class TestTypesExcluded extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            var annotations = reader.getAnnotationMetadata();
            return annotations.hasAnnotation(TestComponent.class.getName())
                    || annotations.hasMetaAnnotation(TestComponent.class.getName())
                    || annotations.hasAnnotation(TestConfiguration.class.getName())
                    || reader.getClassMetadata().getClassName().startsWith("cn.henan.cjrh.bench.");
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
