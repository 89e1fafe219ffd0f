package org.credpath.api.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a request it cannot parse or route: bad URI encoding, a URI or headers too
 * large, two Content-Length headers, an idle timeout) as {@code application/problem+json} instead
 * of Jetty's HTML page. Jetty's message is kept only when it is plain words (never an exception).
 */
final class JettyProblems extends ErrorHandler {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9 ,:;'/()=-]{1,120}");

    /** Jetty writes an error body for GET, POST and HEAD only; every method gets the problem document here. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        int status = code >= 400 && code <= 599 ? code : 500;
        Problem problem = problem(status, message).withInstance(safePath(request));
        byte[] body = ApiJson.responses().writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static Problem problem(int status, String jettyMessage) {
        String said = jettyMessage != null && PLAIN.matcher(jettyMessage).matches()
                && !jettyMessage.contains("Exception") ? jettyMessage : null;
        return switch (status) {
            case 400 -> Problem.of(400, "bad-request", "Bad request", said == null
                    ? "the request is not valid HTTP (check the URI encoding and the headers)"
                    : "the request is not valid HTTP: " + said, List.of());
            case 408 -> Problem.of(408, "request-timeout", "Request timeout",
                    "the request was not received in time", List.of());
            case 413 -> Problem.of(413, "body-too-large", "Request body too large",
                    "the request body is too large", List.of());
            case 414 -> Problem.of(414, "uri-too-long", "URI too long",
                    "the request URI is too long; send long input in a request body", List.of());
            case 431 -> Problem.of(431, "headers-too-large", "Request header fields too large",
                    "the request headers are too large", List.of());
            case 500 -> Problem.of(500, "internal-error", "Internal server error",
                    "the server failed to handle this request; it has been logged", List.of());
            default -> Problem.of(status, "http-" + status, said == null ? "HTTP " + status : said,
                    said == null ? "the server refused this request (HTTP " + status + ")" : said, List.of());
        };
    }

    /** The request path when it is printable ASCII (a refused URI may not be), else null. */
    private static String safePath(Request request) {
        try {
            String path = request.getHttpURI().getPath();
            return path != null && path.length() <= 200 && path.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? path : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
