package org.credpath.api.store;

import java.util.Locale;

/** What an API key may do. */
public enum KeyType {
    /** Everything a tenant key may, plus managing tenants and keys. */
    ADMIN,
    /** Read and write the tenant's own data. */
    TENANT,
    /** Widgets in browsers: read-only endpoints, only from allow-listed origins. */
    PUBLIC;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static KeyType fromWire(String s) {
        for (KeyType t : values()) {
            if (t.wire().equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("key type: must be one of admin, tenant, public; got " + s);
    }
}
