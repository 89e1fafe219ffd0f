package org.credpath.engine.plan;

/**
 * A skill the learner lacks and the pathway should teach, with its weight (importance x demand,
 * from the gap analysis). Coverage is the share of total weight a pathway teaches.
 */
public record TargetSkill(String uri, double weight) {
    public TargetSkill {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("uri: required");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight: must be a finite number > 0, got " + weight + " (" + uri + ")");
        }
    }
}
