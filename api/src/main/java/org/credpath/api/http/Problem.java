package org.credpath.api.http;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, served as {@code application/problem+json}.
 *
 * @param type   a URI naming the kind of problem ({@code urn:credpath:problem:<slug>})
 * @param errors the fields at fault (empty when the problem is not about fields)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status: must be 400..599, got " + status);
        }
        errors = List.copyOf(Objects.requireNonNullElse(errors, List.of()));
    }

    public static Problem of(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem("urn:credpath:problem:" + slug, title, status, detail, null, errors);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
