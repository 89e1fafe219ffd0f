package org.credpath.engine.catalog;

import java.util.regex.Pattern;

/**
 * Jackson's reading messages in plain words for a user: no source locations, class or package
 * names, configuration hints or character codes; what was found and what was expected stays.
 */
public final class JsonMessages {
    private static final int MAX_LENGTH = 300;
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker )?at \\[Source:.*$");
    private static final Pattern CONFIG_HINT = Pattern.compile(",? (from|to) `[^`]*`|\\s*\\(by `[^`]*`\\)");
    private static final Pattern CODE = Pattern.compile("\\s*\\(code -?\\d+\\)");
    private static final Pattern QUALIFIED = Pattern.compile("`?(?:[a-z][a-z0-9_]*\\.){1,}([A-Z][\\w$]*)`?");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\(?\\b\\w*Exception\\b\\)?:?\\s*");

    private JsonMessages() {
    }

    /** The first line of {@code message} in plain words, at most 300 characters. */
    public static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "cannot read the JSON";
        }
        int nl = message.indexOf('\n');
        String s = nl < 0 ? message : message.substring(0, nl);
        s = SOURCE.matcher(s).replaceAll("");
        s = CONFIG_HINT.matcher(s).replaceAll("");
        s = CODE.matcher(s).replaceAll("");
        s = s.replace("JsonToken.START_ARRAY", "'['").replace("JsonToken.START_OBJECT", "'{'")
                .replace("(CTRL-CHAR)", "a control character")
                .replace("Unexpected end-of-input", "the JSON ends before it is complete")
                .replace("expected close marker for Array", "expected ']' to close an array")
                .replace("expected close marker for Object", "expected '}' to close an object")
                .replace("Duplicate Object property", "duplicate field (each field may appear once):");
        s = QUALIFIED.matcher(s).replaceAll("$1");
        s = EXCEPTION_NAME.matcher(s).replaceAll("");
        s = s.replace("`", "'").strip();
        if (s.isEmpty()) {
            return "cannot read the JSON";
        }
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH) + "...";
    }
}
