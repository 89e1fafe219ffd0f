package org.credpath.engine.index;

import org.credpath.engine.catalog.Credential;

/** The words indexed as a credential's skills: its source tags plus the labels of its ESCO skills. */
@FunctionalInterface
public interface SkillTextSource {

    String skillText(Credential credential);

    /** Source tags only ({@code skillLabels}), when no skill taxonomy is at hand. */
    SkillTextSource TAGS_ONLY = c -> String.join(" ; ", c.skillLabels());
}
