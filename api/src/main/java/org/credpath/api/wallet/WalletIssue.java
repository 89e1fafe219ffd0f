package org.credpath.api.wallet;

import java.util.Objects;

/** Why a submitted credential is not an acceptable Open Badges 3.0 credential. */
public record WalletIssue(String field, String message) {
    public WalletIssue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
