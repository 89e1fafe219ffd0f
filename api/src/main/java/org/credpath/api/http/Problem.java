package org.credpath.api.http;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, served as {@code application/problem+json}.
 *
 * @param type   a URI naming the kind of problem ({@code urn:credpath:problem:<slug>})
 * @param errors the fields at fault (empty when the problem is not about fields)
 * @param closestMatches for an unknown occupation or skill: the closest known entries (else null)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, List<Suggestion> closestMatches) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status: must be 400..599, got " + status);
        }
        errors = List.copyOf(Objects.requireNonNullElse(errors, List.of()));
        closestMatches = closestMatches == null ? null : List.copyOf(closestMatches);
    }

    /** A known entry close to what the client asked for: its id (URI or code) and label. */
    public record Suggestion(String id, String label) {
        public Suggestion {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    public static Problem of(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem("urn:credpath:problem:" + slug, title, status, detail, null, errors, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, closestMatches);
    }

    public Problem withClosestMatches(List<Suggestion> matches) {
        return new Problem(type, title, status, detail, instance, errors, matches);
    }
}
