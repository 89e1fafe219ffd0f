package org.credpath.engine.catalog.bundled;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Coverage of the bundled catalogue.
 *
 * @param credentials          credentials after de-duplication
 * @param credentialsWithHours credentials with an hours figure
 * @param credentialsWithCost  credentials with a cost
 * @param perPlatform          credentials per platform ({@code coursera}, {@code edx})
 * @param perType              credentials per credentialType value
 * @param perProvider          credentials per provider (partner / institution)
 * @param sources              per-platform row coverage (before de-duplication)
 * @param ladder               derived stacking links
 */
public record CatalogStats(int credentials, int credentialsWithHours, int credentialsWithCost,
        SortedMap<String, Integer> perPlatform, SortedMap<String, Integer> perType,
        SortedMap<String, Integer> perProvider, SortedMap<String, SourceCoverage> sources,
        StackingLadder.LadderStats ladder) {

    public CatalogStats {
        perPlatform = new TreeMap<>(perPlatform);
        perType = new TreeMap<>(perType);
        perProvider = new TreeMap<>(perProvider);
        sources = new TreeMap<>(sources);
    }

    /** Share of edX rows with a cost. */
    @JsonProperty
    public double edxCostShare() {
        return coverage("edx").costShare();
    }

    /** Share of edX rows with hours. */
    @JsonProperty
    public double edxHoursShare() {
        return coverage("edx").hoursShare();
    }

    /** Share of rows (all platforms) whose duration text gave hours. */
    @JsonProperty
    public double hoursShareOfDurationText() {
        int text = 0;
        int hours = 0;
        for (SourceCoverage c : sources.values()) {
            text += c.rowsWithDurationText();
            hours += c.rowsWithHours();
        }
        return text == 0 ? 1.0 : (double) hours / text;
    }

    private SourceCoverage coverage(String platform) {
        SourceCoverage c = sources.get(platform);
        return c == null ? new SourceCoverage(0, 0, 0, 0, 0, 0) : c;
    }

    static SortedMap<String, Integer> count(Iterable<String> keys) {
        SortedMap<String, Integer> m = new TreeMap<>();
        for (String k : keys) {
            m.merge(k == null ? "(none)" : k, 1, Integer::sum);
        }
        return m;
    }

    static SortedMap<String, SourceCoverage> sourcesOf(Map<String, SourceCoverage> m) {
        return new TreeMap<>(m);
    }
}
