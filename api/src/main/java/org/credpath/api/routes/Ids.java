package org.credpath.api.routes;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.credpath.api.http.ProblemException;

/**
 * Server-assigned ids and checks on client-given ones. Ids come from {@link SecureRandom}: they must
 * not be guessable across tenants, and they take no part in any experiment that must reproduce.
 */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A new random id such as {@code l-3f9a0c1b2d4e}. */
    static String next(String prefix) {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }

    /** Rejects ids that are empty, too long or contain control characters. */
    static String check(String field, String id, int maxLength) {
        if (id == null || id.isBlank()) {
            throw ProblemException.invalidField(field, "required");
        }
        if (id.length() > maxLength) {
            throw ProblemException.invalidField(field, "at most " + maxLength + " characters, got " + id.length());
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidField(field, "must not contain control characters");
        }
        return id;
    }
}
