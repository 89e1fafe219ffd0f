package org.credpath.api.auth;

import java.util.List;

import org.credpath.api.http.Problem;
import org.credpath.api.http.ProblemException;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * CORS for public (widget) keys. A preflight carries no API key, so it is answered for any origin
 * that some valid public key allows; the real request is then checked against its own key's list.
 */
public final class Cors implements Handler {
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "X-API-Key, Authorization, Content-Type";

    private final ApiKeys apiKeys;

    public Cors(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    /** Answers {@code OPTIONS} preflight requests. */
    @Override
    public void handle(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !apiKeys.anyPublicKeyAllows(origin)) {
            throw new ProblemException(Problem.of(403, "origin-not-allowed", "Origin not allowed",
                    "no public API key allows the origin " + (origin == null ? "(none)" : origin), List.of()));
        }
        allow(ctx, origin);
        ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    static void allow(Context ctx, String origin) {
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Expose-Headers", "Retry-After");
    }
}
