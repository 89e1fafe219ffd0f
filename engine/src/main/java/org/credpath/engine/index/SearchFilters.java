package org.credpath.engine.index;

import java.util.Objects;
import java.util.Set;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;

/**
 * Hard constraints every retrieval mode applies. Empty sets and {@code null} values mean "any".
 * A credential with unknown hours (or cost) does not pass a {@code maxHours} ({@code maxCostUsd})
 * filter: it cannot be shown to fit.
 */
public record SearchFilters(
        Set<CredentialType> types,
        Set<Level> levels,
        Set<Delivery> deliveries,
        Double maxHours,
        Double maxCostUsd,
        String provider,
        String language) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, null);

    public SearchFilters {
        types = Set.copyOf(Objects.requireNonNullElse(types, Set.of()));
        levels = Set.copyOf(Objects.requireNonNullElse(levels, Set.of()));
        deliveries = Set.copyOf(Objects.requireNonNullElse(deliveries, Set.of()));
        if (maxHours != null && !(maxHours >= 0 && Double.isFinite(maxHours))) {
            throw new IllegalArgumentException("maxHours: must be a finite number >= 0, got " + maxHours);
        }
        if (maxCostUsd != null && !(maxCostUsd >= 0 && Double.isFinite(maxCostUsd))) {
            throw new IllegalArgumentException("maxCostUsd: must be a finite number >= 0, got " + maxCostUsd);
        }
        provider = blankToNull(provider);
        language = blankToNull(language);
    }

    public SearchFilters withTypes(Set<CredentialType> newTypes) {
        return new SearchFilters(newTypes, levels, deliveries, maxHours, maxCostUsd, provider, language);
    }

    public SearchFilters withMaxHours(Double hours) {
        return new SearchFilters(types, levels, deliveries, hours, maxCostUsd, provider, language);
    }

    public SearchFilters withMaxCostUsd(Double cost) {
        return new SearchFilters(types, levels, deliveries, maxHours, cost, provider, language);
    }

    /**
     * Whether a credential passes these filters outside the index (the index's own rules: a credential
     * with unknown hours, cost or delivery cannot be shown to fit a maximum or a named mode).
     */
    public boolean accepts(org.credpath.engine.catalog.Credential c) {
        return (types.isEmpty() || types.contains(c.credentialType()))
                && (levels.isEmpty() || c.level() != null && levels.contains(c.level()))
                && (deliveries.isEmpty() || c.delivery() != null && deliveries.contains(c.delivery()))
                && (maxHours == null || c.hours() != null && c.hours() <= maxHours)
                && (maxCostUsd == null || c.costUsd() != null && c.costUsd() <= maxCostUsd)
                && (provider == null || provider.equalsIgnoreCase(c.provider()))
                && (language == null || language.equalsIgnoreCase(c.language()));
    }

    public boolean isEmpty() {
        return types.isEmpty() && levels.isEmpty() && deliveries.isEmpty() && maxHours == null
                && maxCostUsd == null && provider == null && language == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
