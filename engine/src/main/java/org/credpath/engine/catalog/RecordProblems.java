package org.credpath.engine.catalog;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Jackson problem handler for one record: unknown fields and unknown vocabulary values become
 * warnings (file mode) or errors (strict mode) naming the field; also turns Jackson exceptions into
 * short messages naming the field.
 */
final class RecordProblems extends DeserializationProblemHandler {

    /** A field (or null) and a message. */
    record Described(String field, String message) {
    }

    private static final Pattern FIELD_PREFIX = Pattern.compile("^([A-Za-z][\\w.\\[\\]]*): (.+)$", Pattern.DOTALL);

    private final ReadSession<?> session;
    private final int line;
    private final int index;
    private boolean failed;

    RecordProblems(ReadSession<?> session, int line, int index) {
        this.session = session;
        this.line = line;
        this.index = index;
    }

    boolean failed() {
        return failed;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deser,
            Object beanOrClass, String propertyName) {
        String field = path(p);
        if (session.mode() == ReadMode.STRICT) {
            failed = true;
            session.error(line, index, field, "unknown field");
        } else {
            session.warn(line, index, field, "unknown field ignored");
        }
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
            String failureMsg) {
        if (!targetType.isEnum() || !Vocabulary.class.isAssignableFrom(targetType)) {
            return NOT_HANDLED;
        }
        Optional<?> lenient = lenientVocabulary(targetType, value);
        if (lenient.isPresent()) {
            return lenient.get();
        }
        String field = path(ctxt.getParser());
        String allowed = Arrays.stream(targetType.getEnumConstants())
                .map(e -> ((Vocabulary) e).value()).collect(Collectors.joining(", "));
        boolean isType = targetType == CredentialType.class;
        if (session.mode() == ReadMode.STRICT) {
            failed = true;
            session.error(line, index, field, "unknown value \"" + value + "\"; expected one of " + allowed);
        } else {
            session.warn(line, index, field, "unknown value \"" + value + "\" "
                    + (isType ? "read as \"other\"" : "left unset") + "; expected one of " + allowed);
        }
        return isType ? CredentialType.OTHER : null;
    }

    private static Optional<?> lenientVocabulary(Class<?> type, String value) {
        if (type == CredentialType.class) {
            return CredentialType.parse(value);
        } else if (type == Level.class) {
            return Level.parse(value);
        } else if (type == Delivery.class) {
            return Delivery.parse(value);
        }
        return Optional.empty();
    }

    /** {@code stacksInto[0].credits} for the parser's current position. */
    static String path(JsonParser p) {
        return pointerToPath(p.streamReadContext().pathAsPointer());
    }

    static String pointerToPath(JsonPointer pointer) {
        StringBuilder sb = new StringBuilder();
        for (JsonPointer ptr = pointer; ptr != null && !ptr.matches(); ptr = ptr.tail()) {
            if (ptr.mayMatchElement() && ptr.getMatchingProperty().chars().allMatch(Character::isDigit)) {
                sb.append('[').append(ptr.getMatchingIndex()).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(ptr.getMatchingProperty());
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    static Described describe(JacksonException e) {
        String field = pathOf(e.getPath());
        String message;
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            message = e.getCause().getMessage();
            Matcher m = FIELD_PREFIX.matcher(message == null ? "" : message);
            if (m.matches()) {
                field = field == null ? m.group(1) : field + "." + m.group(1);
                message = m.group(2);
            }
        } else if (e instanceof InvalidFormatException ife) {
            message = "cannot read \"" + ife.getValue() + "\" as " + describeType(ife.getTargetType());
        } else if (e instanceof MismatchedInputException mie) {
            JsonToken tok = mie.getCurrentToken();
            message = "wrong type: expected " + describeType(mie.getTargetType())
                    + (tok == null ? "" : ", got " + describeToken(tok));
        } else {
            message = firstLine(e.getOriginalMessage());
        }
        return new Described(field, message);
    }

    private static String pathOf(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    static String describeType(Class<?> t) {
        if (t == null) {
            return "another type";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(t) || t == double.class) {
            return "a number";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == Instant.class) {
            return "an ISO-8601 instant such as 2025-03-01T10:00:00Z";
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "an array";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.stream(t.getEnumConstants())
                    .map(c -> ExchangeJson.toLine(c).replace("\"", "")).collect(Collectors.joining(", "));
        }
        return t.isRecord() ? "a JSON object" : t.getSimpleName();
    }

    private static String describeToken(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        return JsonMessages.plain(s);
    }
}
