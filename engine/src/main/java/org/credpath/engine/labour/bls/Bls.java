package org.credpath.engine.labour.bls;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** OEWS wages and Employment Projections, by SOC 2018 code. */
public final class Bls {

    private final Map<String, OewsOccupation> oews;
    private final Map<String, Projection> projections;

    public Bls(Map<String, OewsOccupation> oews, Map<String, Projection> projections) {
        this.oews = Map.copyOf(oews);
        this.projections = Map.copyOf(projections);
    }

    public Optional<OewsOccupation> oews(String socCode) {
        return Optional.ofNullable(oews.get(socCode));
    }

    /** The OEWS row with a published annual median for {@code socCode}, else for its broad group ({@code code[:6]+"0"}). */
    public Optional<OewsOccupation> wageWithBroadFallback(String socCode) {
        OewsOccupation o = oews.get(socCode);
        if (o != null && o.annual().hasMedian()) {
            return Optional.of(o);
        }
        OewsOccupation broad = oews.get(broadGroup(socCode));
        return broad != null && broad.annual().hasMedian() ? Optional.of(broad) : Optional.empty();
    }

    public Optional<Projection> projection(String socCode) {
        return Optional.ofNullable(projections.get(socCode));
    }

    /** Projection for the code, else for its broad group. */
    public Optional<Projection> projectionWithBroadFallback(String socCode) {
        Projection p = projections.get(socCode);
        return p != null ? Optional.of(p) : Optional.ofNullable(projections.get(broadGroup(socCode)));
    }

    public Collection<OewsOccupation> oewsOccupations() {
        return oews.values();
    }

    public Collection<Projection> projections() {
        return projections.values();
    }

    /** SOC broad group of a detailed code: {@code 15-1252} becomes {@code 15-1250}. */
    public static String broadGroup(String socCode) {
        return socCode.substring(0, 6) + "0";
    }
}
