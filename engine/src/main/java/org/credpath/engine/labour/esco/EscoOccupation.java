package org.credpath.engine.labour.esco;

import java.util.List;
import java.util.Objects;

/**
 * One ESCO occupation.
 *
 * @param uri           concept URI, e.g. {@code http://data.europa.eu/esco/occupation/...}
 * @param code          ESCO code, e.g. {@code 2654.1.7} (ISCO group + position)
 * @param iscoGroup     4-digit ISCO-08 unit group, e.g. {@code 2654}
 * @param preferredLabel English preferred label
 * @param altLabels     alternative labels (may repeat the preferred label, as ESCO does)
 * @param hiddenLabels  hidden labels (misspellings, old terms), searchable but not shown
 * @param description   English description, may be empty
 */
public record EscoOccupation(String uri, String code, String iscoGroup, String preferredLabel,
                             List<String> altLabels, List<String> hiddenLabels, String description) {

    /** The preferred label and the description ("label. description"): what the sentence encoder reads. */
    public String labelAndDescription() {
        return description.isBlank() ? preferredLabel : preferredLabel + ". " + description;
    }

    public EscoOccupation {
        Objects.requireNonNull(uri, "uri");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("occupation uri is blank");
        }
        if (preferredLabel == null || preferredLabel.isBlank()) {
            throw new IllegalArgumentException("occupation " + uri + " has no preferred label");
        }
        code = code == null ? "" : code;
        iscoGroup = iscoGroup == null ? "" : iscoGroup;
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        hiddenLabels = hiddenLabels == null ? List.of() : List.copyOf(hiddenLabels);
        description = description == null ? "" : description;
    }
}
