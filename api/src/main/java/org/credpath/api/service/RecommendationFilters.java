package org.credpath.api.service;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;

/** Optional hard filters on recommended credentials. */
public record RecommendationFilters(CredentialType type, Double maxHours, Double maxCostUsd, Delivery delivery) {
    public RecommendationFilters {
        if (maxHours != null && !(maxHours >= 0)) {
            throw new IllegalArgumentException("maxHours: must be >= 0, got " + maxHours);
        }
        if (maxCostUsd != null && !(maxCostUsd >= 0)) {
            throw new IllegalArgumentException("maxCostUsd: must be >= 0, got " + maxCostUsd);
        }
    }

    public static RecommendationFilters none() {
        return new RecommendationFilters(null, null, null, null);
    }
}
