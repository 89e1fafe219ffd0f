package org.credpath.api.service;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;

/**
 * A catalogue search ({@code GET /v1/credentials}); null filters mean "any".
 *
 * @param text free text (BM25 + vectors); null or blank lists by filters only
 * @param k    results wanted, 1..1000
 */
public record CredentialQuery(String text, CredentialType type, Double maxHours, Double maxCostUsd,
        Delivery delivery, int k) {

    public CredentialQuery {
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("k: must be 1..1000, got " + k);
        }
        if (maxHours != null && !(maxHours >= 0)) {
            throw new IllegalArgumentException("maxHours: must be >= 0, got " + maxHours);
        }
        if (maxCostUsd != null && !(maxCostUsd >= 0)) {
            throw new IllegalArgumentException("maxCostUsd: must be >= 0, got " + maxCostUsd);
        }
    }
}
