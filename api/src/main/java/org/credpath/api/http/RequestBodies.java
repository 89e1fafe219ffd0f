package org.credpath.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

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

    /** The raw body; 413 when over the limit (by Content-Length or by counting), 400 when empty. */
    public byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw ProblemException.tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw ProblemException.tooLarge(maxBytes);
            }
            if (body.length == 0) {
                throw ProblemException.invalid("request body is empty; a JSON document is required",
                        List.of(new FieldError("", "required")));
            }
            return body;
        } catch (IOException e) {
            throw ProblemException.invalid("cannot read request body: " + e.getMessage(), List.of());
        }
    }

    /** The body as one JSON document of {@code type}. */
    public <T> T json(Context ctx, Class<T> type) {
        requireJsonContentType(ctx);
        return parse(read(ctx), type, "");
    }

    public static <T> T parse(byte[] body, Class<T> type, String prefix) {
        try {
            return ApiJson.mapper().readValue(body, type);
        } catch (JacksonException e) {
            throw JsonProblems.problem(e, prefix);
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type, String prefix) {
        try {
            return ApiJson.mapper().treeToValue(node, type);
        } catch (JacksonException e) {
            throw JsonProblems.problem(e, prefix);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e.getMessage(), List.of(JsonProblems.fromValidation(prefix, "", e.getMessage())));
        }
    }

    /**
     * The body as a JSON array of objects or as JSON Lines (one object per line; blank lines skipped).
     * Syntax errors name the line (JSONL) or the position (array).
     */
    public List<JsonNode> arrayOrLines(Context ctx) {
        byte[] body = read(ctx);
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("[")) {
            JsonNode root = parse(body, JsonNode.class, "");
            List<JsonNode> out = new ArrayList<>();
            root.forEach(out::add);
            return out;
        }
        List<JsonNode> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                out.add(ApiJson.mapper().readTree(lines[i]));
            } catch (JacksonException e) {
                FieldError fe = JsonProblems.fieldError(e, "");
                throw ProblemException.invalid("line " + (i + 1) + ": " + fe.message(),
                        List.of(new FieldError("line " + (i + 1), fe.message())));
            }
        }
        return out;
    }

    private static void requireJsonContentType(Context ctx) {
        String ct = ctx.contentType();
        if (ct != null && !ct.isBlank() && !ct.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            throw ProblemException.unsupportedMediaType(ct, "application/json");
        }
    }
}
