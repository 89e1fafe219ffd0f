package org.credpath.api.http;

import java.util.List;
import java.util.Map;

/** Thrown by handlers to answer with a problem document; {@code headers} are added to the response. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", detail, errors));
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found",
                "no " + what + " with id " + id, List.of()));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail, List.of()));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "unauthorized", "Unauthorized", detail, List.of()),
                Map.of("WWW-Authenticate", "Bearer realm=\"credpath\""));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail, List.of()));
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return new ProblemException(Problem.of(429, "rate-limited", "Too many requests",
                "rate limit of this API key exceeded; retry after " + retryAfterSeconds + " s", List.of()),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public static ProblemException tooLarge(long limitBytes) {
        return new ProblemException(Problem.of(413, "body-too-large", "Request body too large",
                "request bodies are limited to " + limitBytes + " bytes", List.of()));
    }

    public static ProblemException unsupportedMediaType(String got, String expected) {
        return new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                "Content-Type " + (got.length() > 100 ? got.substring(0, 100) + "..." : got)
                        + " is not accepted here; use one of: " + expected, List.of()));
    }

    public static ProblemException unavailable(String what) {
        return new ProblemException(Problem.of(503, "service-unavailable", "Service unavailable",
                what + " is not available on this server yet", List.of()));
    }
}
