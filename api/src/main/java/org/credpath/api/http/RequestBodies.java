package org.credpath.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.credpath.engine.catalog.ReadIssue;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;

import io.javalin.http.Context;
import tools.jackson.core.JacksonException;

/** Reads request bodies: bounded in size, strict JSON, failures as 4xx problems naming the field. */
public final class RequestBodies {
    private final long maxBytes;

    public RequestBodies(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes: must be >= 1, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The raw body; 413 when over the limit (by Content-Length or by counting), 400 when empty.
     * An oversized body of up to {@link #DRAIN_CAP_BYTES} is read and discarded before the 413, so
     * the client finishes sending and reads the answer instead of meeting a closed connection.
     */
    public byte[] read(Context ctx) {
        if (!enterRead()) {
            throw new ProblemException(Problem.of(503, "server-busy", "Server busy",
                    "too many request bodies are being received at once; retry shortly", List.of()),
                    java.util.Map.of("Retry-After", "1"));
        }
        try {
            return readBounded(ctx);
        } finally {
            reading.release();
        }
    }

    /**
     * Bodies received at once; a request beyond gets 503 at once. Each read holds a Jetty pool thread
     * (250) for up to the read idle timeout, so a slow-body attack can hold at most this many.
     */
    public static final int MAX_CONCURRENT_READS = 64;
    static final long READ_WAIT_MS = 0;
    private final Semaphore reading = new Semaphore(MAX_CONCURRENT_READS);

    private boolean enterRead() {
        try {
            return reading.tryAcquire(READ_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private byte[] readBounded(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            if (declared <= DRAIN_CAP_BYTES) {
                drainQuietly(ctx);
            }
            throw ProblemException.tooLarge(maxBytes);
        }
        byte[] body;
        boolean over;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            over = body.length > maxBytes;
            if (over) {
                drain(in, DRAIN_CAP_BYTES);
            }
        } catch (IOException | RuntimeException e) {
            throw readFailure(e);
        }
        if (over) {
            throw ProblemException.tooLarge(maxBytes);
        }
        if (body.length == 0) {
            throw ProblemException.invalid("request body is empty; a JSON document is required",
                    List.of(new FieldError("", "required")));
        }
        return body;
    }

    /** A body that stopped arriving is 408; a broken one (bad chunking, cut short) is 400. Neither names an exception. */
    static ProblemException readFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return new ProblemException(Problem.of(408, "request-timeout", "Request timeout",
                        "the request body stopped arriving for " + ServerGuards.READ_IDLE_TIMEOUT.toSeconds()
                                + " s; send it without pauses", List.of()), java.util.Map.of("Connection", "close"));
            }
        }
        return ProblemException.invalid("the request body could not be read (broken chunked encoding, or shorter"
                + " than its Content-Length)", List.of(new FieldError("", "unreadable body")));
    }

    /** Largest oversized body read and discarded before answering 413. */
    static final long DRAIN_CAP_BYTES = 64L * 1024 * 1024;

    private static void drainQuietly(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            drain(in, DRAIN_CAP_BYTES);
        } catch (IOException e) {
            // the client went away; the 413 still goes out if it can
        }
    }

    /** Reads and discards up to {@code cap} bytes; a failing client is ignored (the 413 follows anyway). */
    private static void drain(InputStream in, long cap) {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try {
            for (int n; total < cap && (n = in.read(buf)) > 0; ) {
                total += n;
            }
        } catch (IOException e) {
            // nothing to do: the answer is 413 either way
        }
    }

    /** The body as one JSON document of {@code type}; a JSON {@code null} is refused like an empty body. */
    public <T> T json(Context ctx, Class<T> type) {
        requireContentType(ctx, BodyType.JSON);
        T value = parse(read(ctx), type, "");
        if (value == null) {
            throw ProblemException.invalid("request body: must be a JSON object, got null",
                    List.of(new FieldError("", "must be a JSON object, got null")));
        }
        return value;
    }

    public static <T> T parse(byte[] body, Class<T> type, String prefix) {
        try {
            return ApiJson.mapper().readValue(body, type);
        } catch (JacksonException e) {
            throw JsonProblems.problem(e, prefix);
        }
    }

    /** An engine exchange reader: CredentialReader::read, EventReader::read. */
    @FunctionalInterface
    public interface BatchReader<T> {
        ReadResult<T> read(String source, String body, ReadMode mode);
    }

    /**
     * A batch (JSON array, JSON Lines or concatenated objects) read by the engine's exchange reader
     * in {@link ReadMode#STRICT}: any bad record, unknown field or vocabulary value refuses the whole
     * batch, with every error (up to 50) named by record and field.
     */
    public <T> List<T> strictBatch(Context ctx, BatchReader<T> reader) {
        requireContentType(ctx, BodyType.BATCH);
        String text = new String(read(ctx), StandardCharsets.UTF_8);
        ReadResult<T> result = reader.read("request body", text, ReadMode.STRICT);
        if (result.hasErrors()) {
            List<FieldError> errors = result.errors().stream().limit(50).map(RequestBodies::fieldError).toList();
            throw ProblemException.invalid(result.errors().size() + " error(s); nothing was stored; first: "
                    + errors.getFirst().field() + ": " + errors.getFirst().message(), errors);
        }
        if (result.records().isEmpty()) {
            throw ProblemException.invalid("no records in the body", List.of(new FieldError("", "no records")));
        }
        return result.records();
    }

    private static FieldError fieldError(ReadIssue issue) {
        String where = issue.index() >= 0 ? "[" + issue.index() + "]" : issue.line() > 0 ? "line " + issue.line() : "";
        String field = issue.field() == null ? where : JsonProblems.join(where, issue.field());
        String message = issue.line() > 0 && !where.startsWith("line") ? issue.message() + " (line " + issue.line() + ")"
                : issue.message();
        return new FieldError(field, message);
    }

    /** 415 unless the request declares one of {@code type}'s media types. */
    public static void requireContentType(Context ctx, BodyType type) {
        String ct = ctx.header("Content-Type");
        if (!type.accepts(ct)) {
            throw ProblemException.unsupportedMediaType(ct == null || ct.isBlank() ? "(none)" : ct, type.expected());
        }
    }
}
