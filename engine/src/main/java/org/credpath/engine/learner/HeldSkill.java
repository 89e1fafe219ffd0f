package org.credpath.engine.learner;

import java.util.Objects;

/**
 * A skill in the learner's skill state.
 *
 * @param evidence what it came from: the declared text, a credential id or the occupation URI
 */
public record HeldSkill(String uri, String label, SkillSource source, String evidence) {
    public HeldSkill {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("uri: required");
        }
        Objects.requireNonNull(source, "source");
        label = Objects.requireNonNullElse(label, uri);
    }

    public boolean priorLearning() {
        return source == SkillSource.PRIOR_LEARNING;
    }
}
