package org.credpath.api.ops;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.credpath.api.auth.AuthFilter;
import org.credpath.api.auth.Principal;
import org.credpath.api.http.ApiJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.javalin.http.Context;

/**
 * The structured access log: one JSON line per request on the SLF4J logger {@value #LOGGER} (level
 * INFO): time, request id, method, path (never the query string, which may carry search text), status,
 * duration in ms and, when the request was authenticated, the tenant id. The API key is never logged.
 */
public final class AccessLog {
    public static final String LOGGER = "credpath.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    /** One logged request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String time, String requestId, String method, String path, int status, double durationMs,
            String tenant) {
    }

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Also hands every line to {@code listener} (tests, embedding applications). */
    public void also(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Logs one finished request (a Javalin request logger). */
    public void log(Context ctx, float millis) {
        if (!LOG.isInfoEnabled() && listeners.isEmpty()) {
            return;
        }
        String line = format(entry(ctx, millis));
        LOG.info(line);
        listeners.forEach(l -> l.accept(line));
    }

    static Entry entry(Context ctx, float millis) {
        String tenant = AuthFilter.principalIfAuthenticated(ctx).map(Principal::tenantId).orElse(null);
        return new Entry(Instant.now().toString(), Optional.ofNullable(RequestIds.of(ctx)).orElse("-"),
                ctx.method().name(), ctx.path(), ctx.statusCode(), Math.round(millis * 100) / 100.0, tenant);
    }

    static String format(Entry e) {
        return ApiJson.responses().writeValueAsString(e);
    }
}
