package org.credpath.api.auth;

import java.util.Objects;

import org.credpath.api.store.ApiKeyRecord;

/** A newly issued key: the stored record and the secret, which is shown once and never stored. */
public record IssuedKey(ApiKeyRecord record, String secret) {
    public IssuedKey {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(secret, "secret");
    }
}
