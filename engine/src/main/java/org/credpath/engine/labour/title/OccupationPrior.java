package org.credpath.engine.labour.title;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common each occupation is among labelled vacancy titles: {@code log(1 + n) / log(1 + max n)}
 * in 0..1, where {@code n} is the number of vacancy titles labelled with the occupation. The fused
 * resolver adds it (weighted) so that a common occupation wins a near-tie, and breaks exact ties
 * with it instead of by URI order. Built from the training titles only (never a test split).
 */
public final class OccupationPrior {

    /** No prior: every occupation 0. */
    public static final OccupationPrior NONE = new OccupationPrior(Map.of());

    private final Map<String, Integer> counts;
    private final double norm;

    private OccupationPrior(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
        this.norm = Math.log1p(counts.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /** The prior of the {@link TitleSource#VACANCY} titles among {@code evidence} (other sources are ignored). */
    public static OccupationPrior ofVacancies(List<TitleEvidence> evidence) {
        Map<String, Integer> counts = new HashMap<>();
        for (TitleEvidence e : evidence) {
            if (e.source() == TitleSource.VACANCY) {
                counts.merge(e.occupationUri(), 1, Integer::sum);
            }
        }
        return new OccupationPrior(counts);
    }

    /** The prior of {@code uri} in 0..1 (0 for an occupation no vacancy title names). */
    public double of(String uri) {
        Integer n = counts.get(uri);
        return n == null || norm == 0 ? 0 : Math.log1p(n) / norm;
    }

    /** Vacancy titles labelled with {@code uri}. */
    public int count(String uri) {
        return counts.getOrDefault(uri, 0);
    }
}
