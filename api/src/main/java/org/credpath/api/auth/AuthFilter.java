package org.credpath.api.auth;

import java.util.Set;

import org.credpath.api.http.ProblemException;
import org.credpath.api.store.ApiKeyRecord;
import org.credpath.api.store.KeyType;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/**
 * Runs before every matched route: finds the key ({@code X-API-Key} or {@code Authorization: Bearer}),
 * checks it against the route's {@link Access}, the origin allowlist of public keys and the key's
 * rate limit, and leaves the {@link Principal} on the request. CORS headers are added for origins
 * that some public key allows, so browsers can read errors too.
 */
public final class AuthFilter implements Handler {
    private static final String PRINCIPAL = "credpath.principal";

    private final ApiKeys apiKeys;
    private final TokenBucketLimiter limiter;

    public AuthFilter(ApiKeys apiKeys, TokenBucketLimiter limiter) {
        this.apiKeys = apiKeys;
        this.limiter = limiter;
    }

    @Override
    public void handle(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && apiKeys.anyPublicKeyAllows(origin)) {
            Cors.allow(ctx, origin);
        }
        Access access = accessOf(ctx.routeRoles());
        if (access == Access.OPEN) {
            return;
        }
        String secret = secret(ctx);
        if (secret == null) {
            throw ProblemException.unauthorized(
                    "missing API key: send it in the X-API-Key header or as Authorization: Bearer <key>");
        }
        ApiKeyRecord key = apiKeys.authenticate(secret)
                .orElseThrow(() -> ProblemException.unauthorized("invalid or revoked API key"));
        Principal principal = new Principal(key);
        if (key.type() == KeyType.PUBLIC && (origin == null || !key.origins().contains(origin))) {
            throw ProblemException.forbidden("this public key may only be used from its allowed origins; Origin "
                    + (origin == null ? "(none)" : origin) + " is not one of them");
        }
        if (!principal.may(access)) {
            throw ProblemException.forbidden("a " + key.type().wire() + " key may not call " + ctx.method() + " "
                    + ctx.path() + (access == Access.ADMIN ? " (admin keys only)" : " (tenant or admin keys only)"));
        }
        long wait = limiter.tryAcquire(key.id(), key.ratePerMinute(), key.burst());
        if (wait > 0) {
            throw ProblemException.tooManyRequests(wait);
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    /** The caller of a request that passed this filter on a non-open route. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("no principal: route " + ctx.path() + " is declared OPEN");
        }
        return p;
    }

    /** The caller, when this request passed this filter on a non-open route (access log). */
    public static java.util.Optional<Principal> principalIfAuthenticated(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    static Access accessOf(Set<RouteRole> roles) {
        for (RouteRole r : roles) {
            if (r instanceof Access a) {
                return a;
            }
        }
        return Access.TENANT;
    }

    private static String secret(Context ctx) {
        String key = ctx.header("X-API-Key");
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).strip();
        }
        return null;
    }
}
