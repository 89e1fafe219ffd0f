package org.credpath.api.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator: {@code concurrency} threads each send one request, wait for the
 * answer, and send the next, until {@code maxRequests} were sent or {@code maxSeconds} passed.
 * Only loopback addresses are accepted. {@link #call} sends one request of any kind (the soak's
 * open-loop driver, {@link SoakLoad}, uses it).
 */
public final class HttpLoad {

    /**
     * One run's outcome.
     *
     * @param cpuMsPerRequest CPU time of the whole process (server and in-process client) per request,
     *                        a figure less sensitive than latency to other load on the machine
     * @param firstError      the first failure: kind, status (not 2xx) and start of the body, or null
     */
    public record Result(int requests, int errors, double seconds, double requestsPerSecond, Latencies latency,
            double cpuMsPerRequest, String firstError) {
    }

    /**
     * One request: method, path (with query) relative to the target's host, and a JSON body or null.
     */
    public record Call(String kind, String method, String path, String body) {
        public static Call post(String kind, String path, String body) {
            return new Call(kind, "POST", path, body);
        }

        public static Call put(String kind, String path, String body) {
            return new Call(kind, "PUT", path, body);
        }

        public static Call get(String kind, String path) {
            return new Call(kind, "GET", path, null);
        }
    }

    private final URI uri;
    private final String apiKey;
    private final HttpClient client;

    public HttpLoad(URI uri, String apiKey) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("bench: only loopback targets are allowed, got " + uri.getHost());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("bench: cannot resolve " + uri.getHost(), e);
        }
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Sends POSTs of {@code bodies} (cycled, starting at {@code offset}) and times each answer. */
    public Result run(List<String> bodies, int offset, int maxRequests, double maxSeconds, int concurrency) {
        String path = uri.getRawPath();
        return run(i -> Call.post("post", path, bodies.get((offset + i) % bodies.size())), maxRequests, maxSeconds,
                concurrency);
    }

    /** Sends {@code calls.apply(i)} for i = 0, 1, ... (any 2xx answer is a success) and times each answer. */
    public Result run(java.util.function.IntFunction<Call> calls, int maxRequests, double maxSeconds, int concurrency) {
        long[] nanos = new long[maxRequests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        long deadline = start + (long) (maxSeconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(Thread.ofPlatform().name("bench-http-" + t).start(() -> {
                int i;
                while ((i = next.getAndIncrement()) < maxRequests && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    String err = send(calls.apply(i));
                    nanos[i] = System.nanoTime() - t0;
                    done.incrementAndGet();
                    if (err != null) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, err);
                    }
                }
            }));
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bench interrupted", e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        int n = done.get();
        long[] measured = compact(nanos, n);
        return new Result(n, errors.get(), Math.round(seconds * 100) / 100.0, Math.round(n / seconds * 10) / 10.0,
                Latencies.of(measured, measured.length), n == 0 ? 0 : Math.round(cpuMs / n * 100) / 100.0,
                firstError.get());
    }

    /** CPU time used by this JVM so far (all threads), or 0 when the platform does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** Requests that ran (slots are claimed in order, so the first {@code n} claimed ones hold the times). */
    private static long[] compact(long[] nanos, int n) {
        List<Long> out = new ArrayList<>(n);
        for (long v : nanos) {
            if (v > 0) {
                out.add(v);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Sends one call; the answer's status, or -1 (with the reason in {@code error[0]}) when no answer came. */
    public int call(Call c, String[] error) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri.resolve(c.path())).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", apiKey);
        if (c.body() != null) {
            b.header("Content-Type", "application/json");
        }
        HttpRequest req = b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body())).build();
        try {
            HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                error[0] = c.kind() + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length()));
            }
            return r.statusCode();
        } catch (IOException e) {
            error[0] = c.kind() + ": I/O error: " + e.getMessage();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error[0] = c.kind() + ": interrupted";
            return -1;
        }
    }

    private String send(Call c) {
        String[] error = new String[1];
        call(c, error);
        return error[0];
    }
}
