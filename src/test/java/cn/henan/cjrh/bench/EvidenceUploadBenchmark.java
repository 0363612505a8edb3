package cn.henan.cjrh.bench;

import cn.henan.cjrh.application.EvidenceKind;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.Forms;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.springframework.core.io.FileSystemResource;

/**
 * Issue 8's upload benchmark (docs/benchmarks.md, "Application list and evidence upload"): a 20 MB file (exactly 20 MiB,
 * the default per-file limit, which is inclusive; bytes start with {@code %PDF-1.7}) uploaded from disk
 *
 * <ul>
 *   <li>through {@link EvidenceService#add} with a {@link FileSystemResource} as the content (type detection, SHA-256,
 *       streaming into a PostgreSQL large object), and
 *   <li>through the HTTP endpoint {@code POST /api/v1/applications/{id}/evidence} as a multipart request sent by {@code
 *       java.net.http.HttpClient} to the running server (HTTP Basic as the enterprise's user), the body streamed from
 *       the file — the path users take (the part is spooled to disk by the servlet container, then read twice) —
 *       once with the client in this JVM and once with the client in a child JVM, so that the heap measured is the
 *       server's alone.
 * </ul>
 *
 * <p>Heap: before each upload three {@code System.gc()}; a sampling thread reads the used heap every 5 ms while the upload
 * runs; reported are the peak growth over the baseline (the goal: under 30 MB), the growth left right after the upload
 * and after a GC (retained), and the bytes the JVM's threads allocated meanwhile (garbage included), by thread. G1
 * counts eden in whole regions, so heap figures move in steps of the region size (4 MB with the default 6 GB heap here).
 * Arguments: {@code [uploads per path=5]}.
 */
public final class EvidenceUploadBenchmark {
    static final long SIZE = 20L * 1024 * 1024;
    private static final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("client")) { // the separate client process of the third path
            long start = System.nanoTime();
            upload(HttpClient.newHttpClient(), URI.create(args[1]), args[2], args[3], Path.of(args[4]), args[5]);
            System.out.printf(Locale.ROOT, "%.6f%n", (System.nanoTime() - start) / 1e9);
            return;
        }
        int uploads = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("Machine: " + BenchApp.machine());
        System.out.println("GC: "
                + ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(gc -> gc.getName())
                        .toList()
                + ", JVM flags: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        var file = Path.of("target/bench-upload/evidence-20MiB.pdf");
        var sha256 = writeFile(file);
        System.out.printf(Locale.ROOT, "File: %s, %d bytes, SHA-256 %s%n", file, Files.size(file), sha256);
        try (var context = BenchApp.start("evidence", Map.of())) {
            var fixtures = context.getBean(Fixtures.class);
            var evidence = context.getBean(EvidenceService.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            fixtures.openBatch();
            var http = HttpClient.newHttpClient();

            var service = new ArrayList<Measurement>();
            var api = new ArrayList<Measurement>();
            var apiOnly = new ArrayList<Measurement>();
            for (int i = 0; i < 2 + uploads; i++) { // two warm-ups per path, then alternate
                var viaService = fixtures.draftApplication("411602", Forms.eligible());
                var m = measure(() -> {
                    var added = evidence.add(
                            viaService.user(),
                            viaService.id(),
                            EvidenceKind.COOPERATION_AGREEMENT,
                            "校企合作协议.pdf",
                            SIZE,
                            new FileSystemResource(file));
                    check(added.sha256(), added.size(), sha256);
                });
                if (i >= 2) {
                    service.add(m);
                }
                var viaHttp = fixtures.draftApplication("411602", Forms.eligible());
                m = measure(() -> upload(
                        http, endpoint(port, viaHttp), viaHttp.user().username(), Fixtures.PASSWORD, file, sha256));
                if (i >= 2) {
                    api.add(m);
                }
                var viaClientProcess = fixtures.draftApplication("411602", Forms.eligible());
                var clientSeconds = new double[1];
                m = measure(() -> clientSeconds[0] = uploadFromClientProcess(
                        endpoint(port, viaClientProcess),
                        viaClientProcess.user().username(),
                        file,
                        sha256));
                if (i >= 2) {
                    apiOnly.add(m.withSeconds(clientSeconds[0]));
                }
            }
            System.out.printf(Locale.ROOT, "%nUploads of %d bytes (load average %s):%n", SIZE, BenchApp.loadAverage(0));
            report("EvidenceService.add (FileSystemResource)", service);
            report("HTTP multipart POST, HttpClient in the same JVM (client + server heap)", api);
            report("HTTP multipart POST, HttpClient in a separate JVM (server heap only)", apiOnly);
        }
    }

    record Measurement(
            double seconds,
            long peakGrowth,
            long growthAfter,
            long retained,
            long allocated,
            Map<String, Long> allocatedByThreads) {
        Measurement withSeconds(double clientSeconds) {
            return new Measurement(clientSeconds, peakGrowth, growthAfter, retained, allocated, allocatedByThreads);
        }
    }

    static Measurement measure(Runnable upload) {
        gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(baseline);
        var running = new AtomicBoolean(true);
        var sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(5_000_000);
            }
        });
        sampler.setDaemon(true);
        var allocatedBefore = allocatedByThread();
        sampler.start();
        long start = System.nanoTime();
        upload.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var allocatedAfter = allocatedByThread();
        var byGroup = new java.util.TreeMap<String, Long>();
        long allocated = 0;
        for (var thread : allocatedAfter.entrySet()) {
            long delta = thread.getValue()[1] - allocatedBefore.getOrDefault(thread.getKey(), new long[] {0, 0})[1];
            if (delta > 0) {
                allocated += delta;
                byGroup.merge(threadGroupName(thread.getValue()[0]), delta, Long::sum);
            }
        }
        long after = memory.getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(after, Math::max);
        gc();
        long retained = memory.getHeapMemoryUsage().getUsed();
        return new Measurement(
                seconds, peak.get() - baseline, after - baseline, retained - baseline, allocated, byGroup);
    }

    private static void report(String path, List<Measurement> measurements) {
        System.out.println("  " + path);
        System.out.println(
                "    upload   time ms   MB/s   peak heap growth MB   growth after MB   retained MB   allocated MB");
        int n = 1;
        for (var m : measurements) {
            System.out.printf(
                    Locale.ROOT,
                    "    %6d   %7.0f   %4.0f   %19.1f   %15.1f   %11.1f   %12.1f%n",
                    n++,
                    m.seconds() * 1000,
                    SIZE / 1024.0 / 1024.0 / m.seconds(),
                    mb(m.peakGrowth()),
                    mb(m.growthAfter()),
                    mb(m.retained()),
                    mb(m.allocated()));
        }
        var last = measurements.get(measurements.size() - 1).allocatedByThreads().entrySet().stream()
                .filter(e -> e.getValue() >= 256 * 1024)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .map(e -> String.format(Locale.ROOT, "%s %.1f MB", e.getKey(), mb(e.getValue())))
                .toList();
        System.out.println("    allocated by thread (last upload, >= 0.25 MB): " + String.join(", ", last));
        var peaks =
                measurements.stream().mapToLong(m -> m.peakGrowth()).sorted().toArray();
        var times = measurements.stream().mapToDouble(m -> m.seconds()).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "    median: %.0f ms, peak heap growth median %.1f MB, max %.1f MB (goal < 30 MB)%n",
                times[times.length / 2] * 1000,
                mb(peaks[peaks.length / 2]),
                mb(peaks[peaks.length - 1]));
    }

    private static URI endpoint(int port, DraftApplication draft) {
        return URI.create("http://localhost:" + port + "/api/v1/applications/" + draft.id() + "/evidence");
    }

    /** The same upload from a child JVM (this class, argument {@code client}); returns the request's seconds. */
    private static double uploadFromClientProcess(URI endpoint, String username, Path file, String sha256) {
        var java = ProcessHandle.current().info().command().orElse("java");
        try {
            var process = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            EvidenceUploadBenchmark.class.getName(),
                            "client",
                            endpoint.toString(),
                            username,
                            Fixtures.PASSWORD,
                            file.toString(),
                            sha256)
                    .redirectErrorStream(true)
                    .start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("client process failed: " + output);
            }
            var lines = output.split("\\R");
            return Double.parseDouble(lines[lines.length - 1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void upload(
            HttpClient http, URI endpoint, String username, String password, Path file, String sha256) {
        var boundary = "----cjrhbench" + System.nanoTime();
        var head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"kind\"\r\n\r\n"
                + "COOPERATION_AGREEMENT\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"校企合作协议.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        var tail = "\r\n--" + boundary + "--\r\n";
        var credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            var request = HttpRequest.newBuilder(endpoint)
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "application/json")
                    .POST(BodyPublishers.concat(
                            BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                            BodyPublishers.ofFile(file),
                            BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 || !response.body().contains(sha256)) {
                throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(String stored, long size, String expected) {
        if (!stored.equals(expected) || size != SIZE) {
            throw new IllegalStateException("stored " + size + " bytes with SHA-256 " + stored);
        }
    }

    /** %PDF-1.7, then pseudo-random bytes (incompressible, as a scanned document is), then %%EOF: exactly SIZE. */
    private static String writeFile(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        var digest = MessageDigest.getInstance("SHA-256");
        var random = new Random(20_260_523);
        var header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        var trailer = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header);
            digest.update(header);
            var chunk = new byte[1 << 16];
            long remaining = SIZE - header.length - trailer.length;
            while (remaining > 0) {
                random.nextBytes(chunk);
                int n = (int) Math.min(chunk.length, remaining);
                out.write(chunk, 0, n);
                digest.update(chunk, 0, n);
                remaining -= n;
            }
            out.write(trailer);
            digest.update(trailer);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Thread id → {index of its name in {@link #threadNames}, bytes allocated so far}. */
    private static Map<Long, long[]> allocatedByThread() {
        var ids = threads.getAllThreadIds();
        var bytes = threads.getThreadAllocatedBytes(ids);
        var infos = threads.getThreadInfo(ids);
        var result = new java.util.HashMap<Long, long[]>();
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && bytes[i] >= 0) {
                result.put(ids[i], new long[] {nameIndex(infos[i].getThreadName()), bytes[i]});
            }
        }
        return result;
    }

    private static final List<String> threadNames = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static synchronized long nameIndex(String name) {
        var group = name.replaceAll("[0-9]+", "#");
        int index = threadNames.indexOf(group);
        if (index < 0) {
            threadNames.add(group);
            index = threadNames.size() - 1;
        }
        return index;
    }

    private static String threadGroupName(long index) {
        return threadNames.get((int) index);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            LockSupport.parkNanos(50_000_000);
        }
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
