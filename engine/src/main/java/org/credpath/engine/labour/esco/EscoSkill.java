package org.credpath.engine.labour.esco;

import java.util.List;
import java.util.Objects;

/**
 * One ESCO skill, competence or knowledge concept.
 *
 * @param uri            concept URI, e.g. {@code http://data.europa.eu/esco/skill/...}
 * @param preferredLabel English preferred label
 * @param altLabels      alternative labels
 * @param hiddenLabels   hidden labels
 * @param skillType      {@code skill/competence}, {@code knowledge}, or empty when ESCO gives none
 * @param reuseLevel     {@code transversal}, {@code cross-sector}, {@code sector-specific},
 *                       {@code occupation-specific}, or empty
 * @param description    English description, may be empty
 */
public record EscoSkill(String uri, String preferredLabel, List<String> altLabels, List<String> hiddenLabels,
                        String skillType, String reuseLevel, String description) {

    public EscoSkill {
        Objects.requireNonNull(uri, "uri");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("skill uri is blank");
        }
        if (preferredLabel == null || preferredLabel.isBlank()) {
            throw new IllegalArgumentException("skill " + uri + " has no preferred label");
        }
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        hiddenLabels = hiddenLabels == null ? List.of() : List.copyOf(hiddenLabels);
        skillType = skillType == null ? "" : skillType;
        reuseLevel = reuseLevel == null ? "" : reuseLevel;
        description = description == null ? "" : description;
    }
}
