package org.credpath.api.ops;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code X-Request-Id}: a sane incoming id (1-{@value #MAX_LENGTH} characters of letters, digits and
 * {@code . _ : + / = -}) is kept, anything else is replaced by a new random id; the id is set on the
 * response before any other handler runs, so every answer carries it, errors included, and the access
 * log and problem documents can name it.
 */
public final class RequestIds implements Handler {
    public static final String HEADER = "X-Request-Id";
    static final int MAX_LENGTH = 128;
    private static final String ATTRIBUTE = "credpath.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:+/=-]{1," + MAX_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void handle(Context ctx) {
        String incoming = ctx.header(HEADER);
        String id = isSane(incoming) ? incoming : generate();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The request's id, or null before this filter ran (a request Javalin never routed). */
    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    static boolean isSane(String id) {
        return id != null && SANE.matcher(id).matches();
    }

    /** A new id such as {@code 0f3a9c1b2d4e5f60718293a4}: 96 random bits, hex. */
    static String generate() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
