package org.credpath.engine.labour.esco;

import java.util.Objects;

/**
 * A node of ESCO's skill hierarchy above the individual skills, e.g. {@code S1} "communication,
 * collaboration and creativity" or an ISCED-F field.
 *
 * @param uri            concept URI
 * @param code           hierarchy code such as {@code S1.2} or {@code 0613}; may be empty
 * @param preferredLabel English label
 * @param level          depth in the hierarchy (0 = top), or -1 when unknown
 */
public record EscoSkillGroup(String uri, String code, String preferredLabel, int level) {

    public EscoSkillGroup {
        Objects.requireNonNull(uri, "uri");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("skill group uri is blank");
        }
        code = code == null ? "" : code;
        preferredLabel = preferredLabel == null ? "" : preferredLabel;
        if (level < -1) {
            throw new IllegalArgumentException("skill group level must be >= -1, got " + level);
        }
    }
}
