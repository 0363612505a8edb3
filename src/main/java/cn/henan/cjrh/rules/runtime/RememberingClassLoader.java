package cn.henan.cjrh.rules.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The class loader ruleset builds run with: it delegates everything to the application's class loader and remembers
 * two things about the class path, which does not change while the platform runs: which names it does not have, and
 * the bytes of the class files the Java compiler reads from it. Each is looked up once rather than in every build.
 *
 * <p>Why the misses: compiling DRL asks the class path for a great many classes that cannot exist. MVEL tries every
 * property name of every constraint ({@code key}, {@code intValue}, …) as a class in each imported package and as every
 * inner-class spelling ({@code cn.henan.cjrh$rules$eligibility$key}), Drools tries every metadata name ({@code @clause},
 * {@code @source}, …) against every import, and ECJ probes packages and types while compiling the consequences: about
 * 1,400 misses for the shipped ruleset, 700 of them distinct. Each miss walks the whole class path (some 230 jars under
 * the tests, nested jars in the packaged application); in the rules benchmark's profile they were about a third of a
 * build.
 *
 * <p>Why the class files: ECJ, compiling the consequences, reads the class file of every type they use
 * ({@code String}, {@code BigDecimal}, the fact and helper classes and all they refer to) through
 * {@code getResourceAsStream}, which finds and inflates each from its jar again in every build: about 6% of a build
 * in the same profile. A remembered class file is served from memory through the same {@code getResource} URL contract.
 *
 * <p>A name the parent has loads exactly as before, and nothing is defined or hidden here (the classes Drools generates
 * live in its own {@code ProjectClassLoader} above this one). The first build pays; later builds (validations, test
 * runs, publications, most with the same names) do not. Memory is bounded by {@link #MAX_REMEMBERED} names and
 * {@link #MAX_CLASS_FILE_BYTES}.
 */
final class RememberingClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Generated rule class names are new in every build; past this many remembered misses, start again. */
    static final int MAX_REMEMBERED = 50_000;
    /** Class files kept in memory at most; past this, further ones are read from the class path as usual. */
    static final long MAX_CLASS_FILE_BYTES = 32L * 1024 * 1024;

    private static final String CLASS_FILE = ".class";

    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
    private final Set<String> missingResources = ConcurrentHashMap.newKeySet();
    private final Map<String, URL> classFiles = new ConcurrentHashMap<>();
    private final AtomicLong classFileBytes = new AtomicLong();

    RememberingClassLoader(ClassLoader parent) {
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
        var remembered = classFiles.get(name);
        if (remembered != null) {
            return remembered;
        }
        var resource = super.getResource(name);
        if (resource == null) {
            remember(missingResources, name);
            return null;
        }
        return name.endsWith(CLASS_FILE) ? rememberClassFile(name, resource) : resource;
    }

    /** The class file read once into memory and served from there, or the class path's own URL once memory is full. */
    private URL rememberClassFile(String name, URL resource) {
        byte[] bytes;
        try (var in = resource.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        if (classFileBytes.addAndGet(bytes.length) > MAX_CLASS_FILE_BYTES) {
            classFileBytes.addAndGet(-bytes.length);
            return resource;
        }
        var inMemory = InMemory.url(name, bytes);
        var earlier = classFiles.putIfAbsent(name, inMemory);
        if (earlier != null) {
            classFileBytes.addAndGet(-bytes.length); // another build thread was first
            return earlier;
        }
        return inMemory;
    }

    private static void remember(Set<String> names, String name) {
        if (names.size() >= MAX_REMEMBERED) {
            names.clear();
        }
        names.add(name);
    }

    /** A class file's bytes behind a URL, for callers that open {@code getResource(...)} as a stream. */
    private static final class InMemory extends URLStreamHandler {
        private static final String PROTOCOL = "cjrh-class-file";

        private final byte[] bytes;

        private InMemory(byte[] bytes) {
            this.bytes = bytes;
        }

        static URL url(String name, byte[] bytes) {
            try {
                return new URL(PROTOCOL, "", -1, "/" + name, new InMemory(bytes));
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(bytes);
                }

                @Override
                public long getContentLengthLong() {
                    return bytes.length;
                }
            };
        }
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
