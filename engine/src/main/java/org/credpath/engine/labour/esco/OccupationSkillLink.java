package org.credpath.engine.labour.esco;

import java.util.Objects;

/** ESCO's statement that an occupation needs a skill, essentially or optionally. */
public record OccupationSkillLink(String occupationUri, String skillUri, SkillRelation relation) {

    public OccupationSkillLink {
        Objects.requireNonNull(relation, "relation");
        if (occupationUri == null || occupationUri.isBlank()) {
            throw new IllegalArgumentException("occupation-skill link has a blank occupationUri");
        }
        if (skillUri == null || skillUri.isBlank()) {
            throw new IllegalArgumentException("occupation-skill link of " + occupationUri + " has a blank skillUri");
        }
    }
}
