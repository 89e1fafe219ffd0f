package org.credpath.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the generator tokens of the hostile corpus data ({@code hostile/*.txt|json|jsonl}) into
 * request bytes: {@code {{STR:n}}} n characters, {@code {{NUM:n}}} an n-digit number, {@code {{DEEP:n}}}
 * n nested arrays, {@code {{DEEPOBJ:n}}} n nested objects, {@code {{ARR:n}}} an array of n strings,
 * {@code {{MANYFIELDS:n}}} an object of n fields, {@code {{EVENTS:n}}} n JSON Lines events,
 * {@code {{BADGES:n}}} an array of n badges, {@code {{BAD_UTF8}}} invalid UTF-8 bytes,
 * {@code {{UTF16_LEARNER}}} a learner encoded as UTF-16, and named values such as {@code {{PATHWAY_A}}}.
 */
final class HostileTokens {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([A-Z0-9_]+)(?::(\\d+))?}}");

    private final Map<String, String> named;

    HostileTokens(Map<String, String> named) {
        this.named = Map.copyOf(named);
    }

    String text(String s) {
        return new String(bytes(s), StandardCharsets.UTF_8);
    }

    byte[] bytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = TOKEN.matcher(s);
        int at = 0;
        while (m.find()) {
            out.writeBytes(s.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
            int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            out.writeBytes(expand(m.group(1), n));
            at = m.end();
        }
        out.writeBytes(s.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private byte[] expand(String token, int n) {
        return switch (token) {
            case "BAD_UTF8" -> new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
            case "UTF16_LEARNER" -> "{\"id\":\"u16\"}".getBytes(StandardCharsets.UTF_16);
            default -> generated(token, n).getBytes(StandardCharsets.UTF_8);
        };
    }

    private String generated(String token, int n) {
        return switch (token) {
            case "STR" -> "x".repeat(n);
            case "NUM" -> "9".repeat(n);
            case "DEEP" -> "[".repeat(n) + "]".repeat(n);
            case "DEEPOBJ" -> "{\"a\":".repeat(n) + "1" + "}".repeat(n);
            case "ARR" -> repeat(n, "\"s%d\"", ",", "[", "]");
            case "MANYFIELDS" -> repeat(n, "\"f%d\":1", ",", "{", "}");
            case "EVENTS" -> repeat(n, "{\"learnerId\":\"l-%d\",\"credentialId\":\"c-1\",\"type\":\"click\","
                    + "\"timestamp\":\"2025-03-01T10:00:00Z\"}", "\n", "", "\n");
            case "BADGES" -> repeat(n, "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                    + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"issuer\":\"https://example.org/i\","
                    + "\"credentialSubject\":{\"achievement\":{\"name\":\"Badge %d\"}}}", ",", "[", "]");
            default -> {
                String v = named.get(token);
                if (v == null) {
                    throw new IllegalArgumentException("unknown token {{" + token + "}}");
                }
                yield v;
            }
        };
    }

    private static String repeat(int n, String format, String sep, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : sep).append(format.replace("%d", Integer.toString(i)));
        }
        return sb.append(close).toString();
    }
}
