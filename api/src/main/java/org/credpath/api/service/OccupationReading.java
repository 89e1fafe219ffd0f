package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * How a learner's occupation text was read, so the user can correct it.
 *
 * @param query      the text as given
 * @param occupation the ESCO occupation URI it was read as
 * @param label      that occupation's preferred label
 * @param method     {@code uri}, {@code onet_code}, {@code soc_code}, {@code exact_label} or {@code search}
 * @param confidence 0..1: 1 for a URI, code or preferred label; else the title resolver's confidence
 * @param readAs     the rewritten title that matched (abbreviation expanded, spelling corrected), or null
 *                   when the text was read as given
 * @param runnersUp  the next best occupations, best first
 * @param warning    a "did you mean" message when the confidence is low, else null
 */
public record OccupationReading(String query, String occupation, String label, String method, double confidence,
        String readAs, List<RunnerUp> runnersUp, String warning) {

    public OccupationReading {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(occupation, "occupation");
        runnersUp = List.copyOf(Objects.requireNonNullElse(runnersUp, List.of()));
    }

    /** Another occupation the text may have meant. */
    public record RunnerUp(String occupation, String label) {
    }
}
