package org.credpath.engine.index;

import java.util.Objects;

/** One ranked credential as only its id and retrieval score (higher is better); see {@link CatalogIndex#searchIds}. */
public record ScoredId(String id, double score) {
    public ScoredId {
        Objects.requireNonNull(id, "id");
    }
}
