package cn.henan.cjrh.rules.runtime;

import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader ruleset builds run with: it delegates everything to the application's class loader and only
 * remembers which names that loader does not have, so each is looked for once rather than in every build.
 *
 * <p>Why: compiling DRL asks the class path for a great many classes that cannot exist. MVEL tries every property name
 * of every constraint ({@code key}, {@code intValue}, …) as a class in each imported package and as every inner-class
 * spelling ({@code cn.henan.cjrh$rules$eligibility$key}), Drools tries every metadata name ({@code @clause},
 * {@code @source}, …) against every import, and ECJ probes packages and types while compiling the consequences: about
 * 1,400 misses for the shipped ruleset, 700 of them distinct. Each miss walks the whole class path (some 230 jars under
 * the tests, nested jars in the packaged application); in the rules benchmark's profile they were about a third of a
 * build. The application's class path does not change while it runs, so a miss stays a miss: a name the parent has
 * loads exactly as before, and nothing is defined or hidden here (the classes Drools generates live in its own
 * {@code ProjectClassLoader} above this one). The first build pays for its misses; later builds (validations, test
 * runs, publications, most with the same names) do not. The memory is bounded by {@link #MAX_REMEMBERED}.
 */
final class KnownMissingClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Generated rule class names are new in every build; past this many remembered names, start again. */
    static final int MAX_REMEMBERED = 50_000;

    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
    private final Set<String> missingResources = ConcurrentHashMap.newKeySet();

    KnownMissingClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missingClasses.contains(name)) {
            throw new Missing(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            remember(missingClasses, name);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        if (missingResources.contains(name)) {
            return null;
        }
        var resource = super.getResource(name);
        if (resource == null) {
            remember(missingResources, name);
        }
        return resource;
    }

    private static void remember(Set<String> names, String name) {
        if (names.size() >= MAX_REMEMBERED) {
            names.clear();
        }
        names.add(name);
    }

    /** A repeated miss: cheap to throw, as the callers only catch it. */
    private static final class Missing extends ClassNotFoundException {
        private static final long serialVersionUID = 1L;

        Missing(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
