package org.credpath.api.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/** A customer of the API (a marketplace, an advising service); owns keys, learners, events, credentials. */
public record Tenant(String id, String name, OffsetDateTime createdAt) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public Tenant {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "tenant id: 1-64 characters a-z, 0-9 and '-', starting with a letter or digit; got " + id);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("tenant name: required, at most 200 characters; got " + name);
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
