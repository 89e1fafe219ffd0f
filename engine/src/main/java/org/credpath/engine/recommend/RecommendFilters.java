package org.credpath.engine.recommend;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;

/**
 * Optional hard filters on recommended credentials; null means "any".
 *
 * @param maxCostUsd         the most a credential may cost (known or estimated price); a credential of
 *                           unknown cost is kept with a warning unless {@code excludeUnknownCost}
 * @param excludeUnknownCost with a cost limit (this one or the learner's budget), leave out credentials
 *                           whose cost is unknown; null = false
 */
public record RecommendFilters(CredentialType type, Double maxHours, Double maxCostUsd, Delivery delivery,
        Boolean excludeUnknownCost) {
    public RecommendFilters {
        if (maxHours != null && !(maxHours >= 0)) {
            throw new IllegalArgumentException("maxHours: must be >= 0, got " + maxHours);
        }
        if (maxCostUsd != null && !(maxCostUsd >= 0)) {
            throw new IllegalArgumentException("maxCostUsd: must be >= 0, got " + maxCostUsd);
        }
    }

    public RecommendFilters(CredentialType type, Double maxHours, Double maxCostUsd, Delivery delivery) {
        this(type, maxHours, maxCostUsd, delivery, null);
    }

    public static RecommendFilters none() {
        return new RecommendFilters(null, null, null, null, null);
    }

    public boolean excludesUnknownCost() {
        return Boolean.TRUE.equals(excludeUnknownCost);
    }
}
