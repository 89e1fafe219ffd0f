package org.credpath.engine.index;

import java.util.List;
import java.util.Objects;

/** One ranked credential: its id, title, retrieval score (higher is better) and ESCO skills. */
public record SearchHit(String id, String title, double score, List<String> skills) {
    public SearchHit {
        Objects.requireNonNull(id, "id");
        skills = List.copyOf(Objects.requireNonNullElse(skills, List.of()));
    }
}
