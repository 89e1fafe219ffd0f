package org.credpath.api.service;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;

/**
 * Optional hard filters on recommended credentials.
 *
 * @param maxCostUsd         the most a credential may cost (known or estimated); unknown costs are kept with a
 *                           warning unless {@code excludeUnknownCost}
 * @param excludeUnknownCost with a cost limit (maxCostUsd or the learner's budgetUsd), leave out credentials
 *                           of unknown cost; default false
 */
public record RecommendationFilters(CredentialType type, Double maxHours, Double maxCostUsd, Delivery delivery,
        Boolean excludeUnknownCost) {
    public RecommendationFilters {
        if (maxHours != null && !(maxHours >= 0)) {
            throw new IllegalArgumentException("maxHours: must be >= 0, got " + maxHours);
        }
        if (maxCostUsd != null && !(maxCostUsd >= 0)) {
            throw new IllegalArgumentException("maxCostUsd: must be >= 0, got " + maxCostUsd);
        }
    }

    public static RecommendationFilters none() {
        return new RecommendationFilters(null, null, null, null, null);
    }
}
