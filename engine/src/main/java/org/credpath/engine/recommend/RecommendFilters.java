package org.credpath.engine.recommend;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;

/** Optional hard filters on recommended credentials; null means "any". */
public record RecommendFilters(CredentialType type, Double maxHours, Double maxCostUsd, Delivery delivery) {
    public RecommendFilters {
        if (maxHours != null && !(maxHours >= 0)) {
            throw new IllegalArgumentException("maxHours: must be >= 0, got " + maxHours);
        }
        if (maxCostUsd != null && !(maxCostUsd >= 0)) {
            throw new IllegalArgumentException("maxCostUsd: must be >= 0, got " + maxCostUsd);
        }
    }

    public static RecommendFilters none() {
        return new RecommendFilters(null, null, null, null);
    }
}
