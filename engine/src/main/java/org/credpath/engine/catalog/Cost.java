package org.credpath.engine.catalog;

import java.util.Collection;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The price of earning a credential, with where it comes from. An unknown cost has no amount: it is
 * never shown or used as 0 (docs/returns.md, "Costs").
 *
 * @param amount   the price in {@code currency}; null exactly when the state is {@link State#UNKNOWN}
 * @param basis    one line: the source of a known price, or the estimation rule, or why it is unknown
 */
@JsonPropertyOrder({"state", "amount", "currency", "basis"})
public record Cost(State state, @JsonInclude(JsonInclude.Include.ALWAYS) Double amount, String currency,
        String basis) {

    /** Highest price a catalogue or data file may state (a larger one is refused as absurd). */
    public static final double MAX_USD = 1_000_000;

    public enum State {
        KNOWN, ESTIMATED, UNKNOWN;

        @JsonValue
        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Cost {
        Objects.requireNonNull(state, "cost.state");
        Objects.requireNonNull(basis, "cost.basis");
        currency = Objects.requireNonNullElse(currency, "USD");
        if ((state == State.UNKNOWN) != (amount == null)) {
            throw new IllegalArgumentException("cost.amount: must be null exactly when the state is unknown, got "
                    + amount + " (" + state.value() + ")");
        }
        if (amount != null && !(amount >= 0 && amount <= MAX_USD)) {
            throw new IllegalArgumentException("cost.amount: must be a finite number in [0, " + (long) MAX_USD
                    + "], got " + amount);
        }
    }

    public static Cost known(double usd, String basis) {
        return new Cost(State.KNOWN, usd, "USD", basis);
    }

    public static Cost estimated(double usd, String rule) {
        return new Cost(State.ESTIMATED, usd, "USD", rule);
    }

    public static Cost unknown(String why) {
        return new Cost(State.UNKNOWN, null, "USD", why);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isKnownOrEstimated() {
        return state != State.UNKNOWN;
    }

    /** True when a budget certainly excludes it (unknown never does: callers decide and warn). */
    public boolean exceeds(double budgetUsd) {
        return amount != null && amount > budgetUsd + 1e-9;
    }

    /**
     * The sum of several costs: known when every part is known; estimated when none is unknown and some
     * is estimated; unknown parts are counted in the basis, never summed as 0 (the amount is then the
     * sum of the priced parts, labelled "at least").
     */
    public static Total total(Collection<Cost> parts) {
        double sum = 0;
        int unknown = 0;
        int estimated = 0;
        for (Cost c : parts) {
            if (c.state == State.UNKNOWN) {
                unknown++;
            } else {
                sum += c.amount;
                estimated += c.state == State.ESTIMATED ? 1 : 0;
            }
        }
        return new Total(Math.round(sum * 100) / 100.0, parts.size(), estimated, unknown);
    }

    /**
     * A pathway's total: {@code pricedUsd} sums the known and estimated steps only.
     *
     * @param unknownSteps   steps whose cost is unknown (not in {@code pricedUsd})
     * @param estimatedSteps steps whose cost is an estimate (in {@code pricedUsd})
     */
    @JsonPropertyOrder({"state", "amount", "currency", "basis", "steps", "estimatedSteps", "unknownSteps"})
    public record Total(double pricedUsd, int steps, int estimatedSteps, int unknownSteps) {

        /** The total as a cost: unknown when any step is unknown (its amount null), else known or estimated. */
        public Cost asCost() {
            if (unknownSteps > 0) {
                return unknown(unknownSteps + " of " + steps + " step(s) with unknown cost; the priced steps sum to "
                        + money(pricedUsd) + (estimatedSteps > 0 ? " (" + estimatedSteps + " estimated)" : ""));
            }
            if (estimatedSteps > 0) {
                return estimated(pricedUsd, "sum of " + steps + " step(s), " + estimatedSteps + " estimated");
            }
            return known(pricedUsd, "sum of " + steps + " step(s) with listed prices");
        }

        /** For text: "49 USD", "about 98 USD (1 of 2 estimated)", "unknown (1 of 3 steps; priced steps 49 USD)". */
        public String describe() {
            if (unknownSteps > 0) {
                return "unknown (" + unknownSteps + " of " + steps + " step" + (steps == 1 ? "" : "s")
                        + " unpriced; the priced steps come to " + money(pricedUsd) + ")";
            }
            return (estimatedSteps > 0 ? "about " : "") + money(pricedUsd)
                    + (estimatedSteps > 0 ? " (" + estimatedSteps + " of " + steps + " estimated)" : "");
        }
    }

    /** For text: "free", "49 USD", "about 98 USD (estimated)", "cost unknown". */
    public String describe() {
        return switch (state) {
            case UNKNOWN -> "cost unknown";
            case KNOWN -> amount == 0 ? "free" : money(amount);
            case ESTIMATED -> "about " + money(amount) + " (estimated)";
        };
    }

    static String money(double usd) {
        return String.format(java.util.Locale.ROOT, "%,.0f USD", usd);
    }
}
