package cn.henan.cjrh.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberingClassLoaderTest {

    @Test
    void aMiss_isLookedForOnce_andStaysAMiss() {
        var parent = new CountingLoader();
        var loader = new RememberingClassLoader(parent);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> loader.loadClass("cn.henan.cjrh.rules.eligibility.fullYearsRegisteredInHenan"))
                    .isInstanceOf(ClassNotFoundException.class)
                    .hasMessageContaining("fullYearsRegisteredInHenan");
            assertThat(loader.getResource("cn/henan/cjrh/rules/eligibility/key.class"))
                    .isNull();
        }

        assertThat(parent.classLookups).containsExactly("cn.henan.cjrh.rules.eligibility.fullYearsRegisteredInHenan");
        assertThat(parent.resourceLookups).containsExactly("cn/henan/cjrh/rules/eligibility/key.class");
    }

    @Test
    void aClassTheParentHas_isTheParentsClass() throws Exception {
        var loader = new RememberingClassLoader(getClass().getClassLoader());

        assertThat(loader.loadClass("cn.henan.cjrh.rules.eligibility.EnterpriseFacts"))
                .isSameAs(cn.henan.cjrh.rules.eligibility.EnterpriseFacts.class);
        assertThat(loader.getResource("cn/henan/cjrh/rules/Finding.class")).isNotNull();
    }

    @Test
    void aClassFile_isReadOnce_andServedWithTheSameBytes() throws Exception {
        var parent = new CountingLoader(getClass().getClassLoader());
        var loader = new RememberingClassLoader(parent);
        var name = "cn/henan/cjrh/rules/Finding.class";
        byte[] expected;
        try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
            expected = in.readAllBytes();
        }

        for (int i = 0; i < 3; i++) {
            try (var in = loader.getResourceAsStream(name)) {
                assertThat(in.readAllBytes()).isEqualTo(expected);
            }
        }

        assertThat(parent.resourceLookups).containsExactly(name);
    }

    /** Knows nothing but what the platform knows, and counts what it is asked. */
    private static final class CountingLoader extends ClassLoader {
        final List<String> classLookups = new ArrayList<>();
        final List<String> resourceLookups = new ArrayList<>();

        CountingLoader() {
            super(null);
        }

        CountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("java.")) {
                classLookups.add(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            resourceLookups.add(name);
            return super.getResource(name);
        }
    }
}
