package org.credpath.engine.formats.pathway;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 content lines: TEXT values escaped (section 3.3.11: backslash, semicolon, comma, line
 * breaks), other control characters dropped, lines folded at 75 octets of UTF-8 without splitting
 * a character (section 3.1), every line ended by CRLF.
 */
final class ContentLines {
    static final int MAX_OCTETS = 75;
    private final StringBuilder out = new StringBuilder();

    /** {@code NAME:value} with {@code value} written as is (for dates, URIs, enumerations). */
    ContentLines raw(String name, String value) {
        return line(name + ":" + clean(value, false));
    }

    /** {@code NAME:value} with {@code value} escaped as TEXT. */
    ContentLines text(String name, String value) {
        return line(name + ":" + clean(value, true));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes a TEXT value, or (for other values) drops what a content line cannot hold. */
    static String clean(String value, boolean text) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                b.append(text ? "\\n" : " ");
            } else if (text && (c == '\\' || c == ';' || c == ',')) {
                b.append('\\').append(c);
            } else if (c == '\t' || c >= 0x20 && c != 0x7F) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private ContentLines line(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
        return this;
    }
}
