package org.credpath.api.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A tenant-owned JSON document (a learner, an added credential, a saved pathway) as stored. */
public record StoredDocument(String tenantId, String id, String json, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public StoredDocument {
        Objects.requireNonNull(tenantId, "tenantId");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: required and must not be blank");
        }
        Objects.requireNonNull(json, "json");
    }
}
