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
 * @param confidence  how sure the reading is (0..1): 1 for URI, code and exact-label matches; for a
 *                    title search the title resolver's confidence (agreement of its ranked lists and
 *                    margin over the runner-up)
 * @param reading     how a free-text title was read when not as given (abbreviation expanded, e.g.
 *                    "sparky" as "electrician", or spelling corrected); null when read as given
 * @param warning     a "did you mean" message when the confidence is low or nothing matched; else null
 */
public record OccupationResolution(String query, EscoOccupation occupation, MatchMethod method, double score,
                                   List<OccupationCandidate> alternatives, double confidence, String reading,
                                   String warning) {

    public OccupationResolution {
        Objects.requireNonNull(method, "method");
        query = query == null ? "" : query;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        if ((occupation == null) != (method == MatchMethod.NONE)) {
            throw new IllegalArgumentException("a resolution has an occupation exactly when its method is not NONE, got "
                    + method + " with " + occupation);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }

    /** A resolution without a reading or warning: confidence 1 when matched, else 0. */
    public OccupationResolution(String query, EscoOccupation occupation, MatchMethod method, double score,
                                List<OccupationCandidate> alternatives) {
        this(query, occupation, method, score, alternatives, occupation == null ? 0 : 1, null, null);
    }

    public boolean matched() {
        return occupation != null;
    }

    public Optional<EscoOccupation> matchedOccupation() {
        return Optional.ofNullable(occupation);
    }

    /** The "did you mean" message, when there is one. */
    public Optional<String> warningMessage() {
        return Optional.ofNullable(warning);
    }
}
