package org.credpath.api.routes;

import java.util.function.Supplier;

import org.credpath.api.http.ProblemException;

/** Builds validated records from request values; a "field: problem" message becomes a 400 naming the field. */
final class Validation {
    private Validation() {
    }

    static <T> T validated(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String msg = e.getMessage() == null ? "invalid value" : e.getMessage();
            if (e instanceof NullPointerException && msg.contains(" ")) {
                msg = "a required value is missing"; // a JVM helpful-NPE message names code, not fields
            }
            int colon = msg.indexOf(": ");
            String field = colon > 0 ? msg.substring(0, colon) : "";
            throw ProblemException.invalidField(field, colon > 0 ? msg.substring(colon + 2) : msg);
        }
    }
}
