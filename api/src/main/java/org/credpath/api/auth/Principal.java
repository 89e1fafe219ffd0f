package org.credpath.api.auth;

import java.util.Objects;

import org.credpath.api.store.ApiKeyRecord;
import org.credpath.api.store.KeyType;

/** The authenticated caller of one request: its key and so its tenant. */
public record Principal(ApiKeyRecord key) {

    public Principal {
        Objects.requireNonNull(key, "key");
    }

    public String tenantId() {
        return key.tenantId();
    }

    public KeyType type() {
        return key.type();
    }

    /** Whether this caller may use a route declared with {@code access}. */
    public boolean may(Access access) {
        return switch (access) {
            case OPEN, READ -> true;
            case TENANT -> type() != KeyType.PUBLIC;
            case ADMIN -> type() == KeyType.ADMIN;
        };
    }
}
