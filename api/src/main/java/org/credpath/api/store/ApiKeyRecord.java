package org.credpath.api.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A stored API key. Only the SHA-256 of the secret is kept.
 *
 * @param origins       browser origins allowed to use the key (public keys; e.g. {@code https://shop.example})
 * @param ratePerMinute sustained requests per minute (token refill rate)
 * @param burst         bucket capacity
 * @param revokedAt     null while the key is valid
 */
public record ApiKeyRecord(String id, String tenantId, String keyHash, KeyType type, String label,
        List<String> origins, int ratePerMinute, int burst, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

    public ApiKeyRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        if (keyHash == null || keyHash.length() != 64) {
            throw new IllegalArgumentException("keyHash: must be 64 hex characters");
        }
        Objects.requireNonNull(type, "type");
        label = Objects.requireNonNullElse(label, "");
        origins = List.copyOf(Objects.requireNonNullElse(origins, List.of()));
        if (ratePerMinute < 1) {
            throw new IllegalArgumentException("ratePerMinute: must be >= 1, got " + ratePerMinute);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst: must be >= 1, got " + burst);
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
