package org.credpath.api.service;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a credential costs, with how sure that is: {@code known} (the provider's stated price),
 * {@code estimated} (a stated basis, e.g. a typical price) or {@code unknown} (amount null, never
 * taken as free).
 */
public record ItemCost(String state, @JsonInclude(JsonInclude.Include.ALWAYS) Double amount, String currency, String basis) {
    public ItemCost {
        Objects.requireNonNull(state, "state");
        if (!state.equals("known") && !state.equals("estimated") && !state.equals("unknown")) {
            throw new IllegalArgumentException("cost.state: one of known, estimated, unknown, got " + state);
        }
        if (state.equals("unknown") != (amount == null)) {
            throw new IllegalArgumentException("cost.amount: null exactly when the state is unknown");
        }
    }

    /** From a catalogue price in US dollars (null = not stated by the source). */
    public static ItemCost ofCatalogue(Double costUsd) {
        return costUsd == null ? new ItemCost("unknown", null, "USD", "no price in the catalogue record")
                : new ItemCost("known", costUsd, "USD", "catalogue price");
    }
}
