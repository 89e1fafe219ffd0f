package org.credpath.engine.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the planner needs for one learner.
 *
 * @param gap                  skills to teach, weighted
 * @param heldCredentials      credentials the learner holds: never scheduled, satisfy prerequisites
 * @param recognisedCredentials recognition-of-prior-learning candidates: the learner already has
 *                             their skills, so they satisfy prerequisites and are never scheduled
 */
public record PlanRequest(PlanningCatalogue catalogue, List<TargetSkill> gap, Set<String> heldCredentials,
                          Set<String> recognisedCredentials, Constraints constraints, PlannerOptions options) {
    public PlanRequest {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(constraints, "constraints");
        gap = List.copyOf(Objects.requireNonNullElse(gap, List.of()));
        heldCredentials = Set.copyOf(Objects.requireNonNullElse(heldCredentials, Set.of()));
        recognisedCredentials = Set.copyOf(Objects.requireNonNullElse(recognisedCredentials, Set.of()));
        options = Objects.requireNonNullElse(options, PlannerOptions.defaults());
        if (gap.stream().map(TargetSkill::uri).distinct().count() != gap.size()) {
            throw new IllegalArgumentException("gap: a skill is listed twice");
        }
    }
}
