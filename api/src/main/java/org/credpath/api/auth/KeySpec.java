package org.credpath.api.auth;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import org.credpath.api.store.KeyType;

/**
 * What to issue: a key's type, label, origin allowlist and rate limit.
 *
 * @param origins       exact browser origins ({@code scheme://host[:port]}); required for public keys
 * @param ratePerMinute sustained requests per minute
 * @param burst         requests allowed at once (bucket size)
 */
public record KeySpec(KeyType type, String label, List<String> origins, int ratePerMinute, int burst) {

    public KeySpec {
        Objects.requireNonNull(type, "type");
        label = Objects.requireNonNullElse(label, "");
        if (label.length() > 200) {
            throw new IllegalArgumentException("label: at most 200 characters, got " + label.length());
        }
        origins = List.copyOf(Objects.requireNonNullElse(origins, List.of()));
        for (String o : origins) {
            checkOrigin(o);
        }
        if (type == KeyType.PUBLIC && origins.isEmpty()) {
            throw new IllegalArgumentException("origins: a public key needs at least one allowed origin");
        }
        if (ratePerMinute < 1 || ratePerMinute > 1_000_000) {
            throw new IllegalArgumentException("ratePerMinute: must be 1..1000000, got " + ratePerMinute);
        }
        if (burst < 1 || burst > 100_000) {
            throw new IllegalArgumentException("burst: must be 1..100000, got " + burst);
        }
    }

    /** Default limits: 600/min with bursts of 60 for tenant and admin keys, 120/min (burst 20) for public keys. */
    public static KeySpec defaults(KeyType type, String label, List<String> origins) {
        return type == KeyType.PUBLIC
                ? new KeySpec(type, label, origins, 120, 20)
                : new KeySpec(type, label, origins, 600, 60);
    }

    private static void checkOrigin(String o) {
        URI u;
        try {
            u = URI.create(Objects.requireNonNull(o, "origin"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("origins: not a URI: " + o, e);
        }
        boolean ok = ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                && (u.getRawPath() == null || u.getRawPath().isEmpty()) && u.getRawQuery() == null;
        if (!ok) {
            throw new IllegalArgumentException(
                    "origins: must be scheme://host[:port] with http or https and no path, got " + o);
        }
    }
}
