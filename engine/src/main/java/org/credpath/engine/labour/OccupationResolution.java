package org.credpath.engine.labour;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.credpath.engine.labour.esco.EscoOccupation;

/**
 * The answer to "which occupation is this?": the matched occupation (absent when nothing matched
 * well enough), how it was matched, a score, and the runner-up (or closest) matches.
 *
 * @param query       the query as given
 * @param occupation  the matched occupation, or null when {@code method} is {@link MatchMethod#NONE}
 * @param method      how it was matched
 * @param score       1 for URI, code and exact-label matches; the share of the title's terms found in
 *                    the matched occupation's known titles for a title search (0..1)
 * @param alternatives runner-up matches, or the closest matches when nothing matched; best first
 */
public record OccupationResolution(String query, EscoOccupation occupation, MatchMethod method, double score,
                                   List<OccupationCandidate> alternatives) {

    public OccupationResolution {
        Objects.requireNonNull(method, "method");
        query = query == null ? "" : query;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        if ((occupation == null) != (method == MatchMethod.NONE)) {
            throw new IllegalArgumentException("a resolution has an occupation exactly when its method is not NONE, got "
                    + method + " with " + occupation);
        }
    }

    public boolean matched() {
        return occupation != null;
    }

    public Optional<EscoOccupation> matchedOccupation() {
        return Optional.ofNullable(occupation);
    }
}
