package org.credpath.api.http;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.credpath.engine.catalog.JsonMessages;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's reading failures into 400 problems that name the field and what is wrong. */
public final class JsonProblems {
    private JsonProblems() {
    }

    /**
     * @param prefix path prefix for the field names (e.g. {@code [3]} for the 4th element), or {@code ""}
     */
    public static FieldError fieldError(JacksonException e, String prefix) {
        String path = join(prefix, path(e));
        if (e instanceof UnrecognizedPropertyException u) {
            return new FieldError(path, "unknown field '" + u.getPropertyName() + "' (not part of this request)");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new FieldError(path, "'" + f.getValue() + "' is not one of " + enumValues(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            String expected = m.getTargetType() == null ? "another type" : describe(m.getTargetType());
            return new FieldError(path, "wrong type: expected " + expected);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException iae) {
            return fromValidation(prefix, path(e), iae.getMessage());
        }
        if (e instanceof StreamReadException) {
            return new FieldError(prefix, "malformed JSON" + where(e.getLocation()) + ": "
                    + JsonMessages.plain(e.getOriginalMessage()));
        }
        return new FieldError(path, "cannot read: " + JsonMessages.plain(e.getOriginalMessage()));
    }

    public static ProblemException problem(JacksonException e, String prefix) {
        FieldError fe = fieldError(e, prefix);
        String detail = fe.field().isEmpty() ? fe.message() : fe.field() + ": " + fe.message();
        return ProblemException.invalid(detail, List.of(fe));
    }

    /** A validation message of the form {@code "field: problem"} from a record constructor. */
    static FieldError fromValidation(String prefix, String objectPath, String message) {
        String msg = message == null ? "invalid value" : message;
        int colon = msg.indexOf(": ");
        if (colon > 0 && msg.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]]+")) {
            return new FieldError(join(prefix, join(objectPath, msg.substring(0, colon))), msg.substring(colon + 2));
        }
        return new FieldError(join(prefix, objectPath), msg);
    }

    static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.startsWith("[") ? a + b : a + "." + b;
    }

    private static String where(TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String describe(Class<?> t) {
        if (t == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "an array";
        }
        if (t == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2025-03-01T10:00:00Z";
        }
        if (t.isEnum()) {
            return "one of " + enumValues(t);
        }
        return "an object";
    }

    private static String enumValues(Class<?> t) {
        return Arrays.stream(t.getEnumConstants())
                .map(c -> ApiJson.mapper().writeValueAsString(c).replace("\"", ""))
                .collect(Collectors.joining(", "));
    }
}
