package org.credpath.engine.labour;

import java.util.Objects;

import org.credpath.engine.labour.esco.EscoOccupation;

/** A candidate occupation with the resolver's score (higher is better). */
public record OccupationCandidate(EscoOccupation occupation, double score) {
    public OccupationCandidate {
        Objects.requireNonNull(occupation, "occupation");
    }
}
