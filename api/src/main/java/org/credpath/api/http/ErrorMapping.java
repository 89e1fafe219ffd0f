package org.credpath.api.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.credpath.engine.cli.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import tools.jackson.core.JacksonException;

/**
 * The one place where failures become responses. Every error is {@code application/problem+json};
 * unexpected exceptions are logged with an id and answered 500 with that id only, never a stack trace.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final AtomicLong ERROR_IDS = new AtomicLong();

    private ErrorMapping() {
    }

    public static void install(JavalinConfig config) {
        config.routes.exception(ProblemException.class, (e, ctx) -> write(ctx, e.problem(), e.headers()));
        config.routes.exception(JacksonException.class, (e, ctx) -> {
            ProblemException p = JsonProblems.problem(e, "");
            write(ctx, p.problem(), p.headers());
        });
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> userError(ctx, e));
        config.routes.exception(UserFacingException.class, (e, ctx) -> userError(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405 && allowed(e).isEmpty()) {
                // only the CORS preflight route (OPTIONS /v1/*) matched: the path itself does not exist
                write(ctx, Problem.of(404, "not-found", "Not found", "no route " + ctx.method() + " " + ctx.path(),
                        List.of()), Map.of());
            } else {
                write(ctx, fromJavalin(e, ctx), e.getStatus() == 405 ? Map.of("Allow", allowed(e)) : Map.of());
            }
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            long id = ERROR_IDS.incrementAndGet();
            LOG.error("internal error #{} on {} {}", id, ctx.method(), ctx.path(), e);
            write(ctx, Problem.of(500, "internal-error", "Internal server error",
                    "the server failed to handle this request (error #" + id + "); it has been logged", List.of()),
                    Map.of());
        });
        config.routes.error(404, "*", ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, Problem.of(404, "not-found", "Not found", "no route " + ctx.method() + " " + ctx.path(),
                        List.of()), Map.of());
            }
        });
        config.routes.error(405, "*", ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path(), List.of()), Map.of());
            }
        });
    }

    /**
     * Bad input found by engine code ({@link IllegalArgumentException}, {@link UserFacingException}, the
     * same convention as the CLI): 400, with the field when the message starts {@code "field: "}.
     */
    private static void userError(Context ctx, RuntimeException e) {
        FieldError fe = JsonProblems.fromValidation("", "", e.getMessage());
        String detail = e.getMessage() == null ? "invalid request" : e.getMessage();
        write(ctx, Problem.of(400, "invalid-request", "Invalid request", detail, List.of(fe)), Map.of());
    }

    public static void write(Context ctx, Problem problem, Map<String, String> headers) {
        headers.forEach(ctx::header);
        ctx.status(problem.status())
                .contentType(Problem.CONTENT_TYPE)
                .result(ApiJson.responses().writeValueAsString(problem.withInstance(ctx.path()))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)); // JSON is UTF-8; a String result went out as ISO-8859-1 ('??')
    }

    private static boolean isProblem(Context ctx) {
        String ct = ctx.res().getContentType();
        return ct != null && ct.startsWith(Problem.CONTENT_TYPE);
    }

    /** The methods Javalin found for the path of a 405, without OPTIONS (every /v1 path answers CORS preflights). */
    static String allowed(HttpResponseException e) {
        String methods = e.getDetails().getOrDefault("availableMethods", e.getDetails().getOrDefault("Available methods", ""));
        return java.util.Arrays.stream(methods.replace("[", "").replace("]", "").split(","))
                .map(String::strip).filter(m -> !m.isEmpty() && !m.equals("OPTIONS"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static Problem fromJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus() >= 400 && e.getStatus() <= 599 ? e.getStatus() : 500;
        return switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "no route " + ctx.method() + " " + ctx.path(), List.of());
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed(e), List.of());
            case 413 -> Problem.of(413, "body-too-large", "Request body too large", e.getMessage(), List.of());
            default -> Problem.of(status, "http-" + status, e.getMessage() == null ? "Error" : e.getMessage(),
                    e.getMessage(), List.of());
        };
    }
}
