package org.credpath.api.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credpath.api.http.ApiJson;

import tools.jackson.databind.JsonNode;

/**
 * Load from Debian's {@code wrk} (an external C process with a Lua script, {@code bench/recommend.lua}):
 * one wrk thread, {@code concurrency} connections, each sending the next request body when its answer
 * arrives (closed loop, as {@link HttpLoad}), for a fixed time. The JVM then only serves; the CPU per
 * request reported is this JVM's plus wrk's own (from the shell's {@code times}), so it stays
 * comparable with the in-process client's figure. Only loopback targets.
 */
final class WrkLoad {

    private static final Pattern CHILD_TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$");

    private final URI uri;
    private final String apiKey;
    private final Path script;
    private final Path bodies;

    /** Writes the script and the bodies (one per line) to {@code dir}. */
    WrkLoad(URI uri, String apiKey, List<String> requestBodies, Path dir) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("bench: only loopback targets are allowed, got " + uri.getHost());
        }
        try (InputStream in = WrkLoad.class.getResourceAsStream("/bench/recommend.lua")) {
            this.script = dir.resolve("recommend.lua");
            Files.write(script, Objects.requireNonNull(in, "bench/recommend.lua missing from the jar").readAllBytes());
            this.bodies = dir.resolve("bodies.jsonl");
            Files.write(bodies, requestBodies, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a {@code wrk} binary answers on the PATH. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One timed run of {@code seconds} (whole seconds, at least 1), bodies taken from {@code offset} on. */
    HttpLoad.Result run(int offset, double seconds, int concurrency) {
        long cpu0 = HttpLoad.processCpuNanos();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "wrk \"$@\" && times", "wrk", "-t1", "-c" + concurrency,
                "-d" + Math.max(1, Math.round(seconds)) + "s", "--timeout", "30s", "-s", script.toString(), uri.toString());
        pb.environment().put("CREDPATH_WRK_BODIES", bodies.toString());
        pb.environment().put("CREDPATH_WRK_KEY", apiKey);
        pb.environment().put("CREDPATH_WRK_OFFSET", Integer.toString(offset));
        pb.redirectErrorStream(true);
        String out;
        try {
            Process p = pb.start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("bench: wrk failed: " + out.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot run wrk (apt-get install wrk): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        }
        double serverCpuMs = (HttpLoad.processCpuNanos() - cpu0) / 1e6;
        return result(out, serverCpuMs);
    }

    /** Parses wrk's JSON line and the shell's child CPU times. */
    static HttpLoad.Result result(String out, double serverCpuMs) {
        String line = out.lines().filter(l -> l.startsWith("{\"requests\"")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("bench: no result line from wrk in: " + out.strip()));
        JsonNode j = ApiJson.mapper().readTree(line);
        Matcher m = CHILD_TIMES.matcher(out.strip());
        double wrkCpuMs = m.find() ? 1000 * (Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4))) : 0;
        int n = j.get("requests").asInt();
        double seconds = j.get("durationUs").asLong() / 1e6;
        Latencies lat = new Latencies(n, us(j, "meanUs"), us(j, "p50Us"), us(j, "p90Us"), us(j, "p99Us"), us(j, "maxUs"));
        int errors = j.get("errors").asInt();
        System.err.printf(Locale.ROOT, "bench http: wrk run: CPU %.2f ms/request in the JVM (server), %.2f in wrk%n",
                n == 0 ? 0 : serverCpuMs / n, n == 0 ? 0 : wrkCpuMs / n);
        return new HttpLoad.Result(n, errors, Math.round(seconds * 100) / 100.0, Math.round(n / seconds * 10) / 10.0, lat,
                n == 0 ? 0 : Math.round((serverCpuMs + wrkCpuMs) / n * 100) / 100.0,
                errors > 0 ? errors + " wrk errors (connect/read/write/non-2xx/timeout)" : null);
    }

    private static double us(JsonNode j, String field) {
        return Math.round(j.get(field).asDouble() / 10) / 100.0;
    }
}
