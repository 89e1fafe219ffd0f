package org.credpath.engine.rank;

import java.util.Set;

import org.credpath.engine.catalog.Level;

/**
 * A learner as the features see it at one moment: resolved ESCO skills, the gap toward the
 * target occupation and the constraints.
 *
 * @param held           credential ids held (never candidates)
 * @param skills         ESCO skill URIs the learner has
 * @param gapEssential   essential skills of the target occupation the learner lacks
 * @param gapOptional    optional skills of the target occupation the learner lacks
 * @param budgetUsd      money available, {@code null} = no constraint
 * @param hoursPerWeek   study hours per week, {@code null} = no constraint
 * @param deadlineWeeks  weeks to the goal, {@code null} = no constraint
 * @param preferredLevel level that fits the learner's progress toward the target
 */
public record LearnerProfile(String learnerId, Set<String> held, Set<String> skills, Set<String> gapEssential,
        Set<String> gapOptional, Double budgetUsd, Double hoursPerWeek, Integer deadlineWeeks,
        Level preferredLevel) {

    public LearnerProfile {
        if (learnerId == null || learnerId.isBlank()) {
            throw new IllegalArgumentException("learnerId: required");
        }
        held = Set.copyOf(held);
        skills = Set.copyOf(skills);
        gapEssential = Set.copyOf(gapEssential);
        gapOptional = Set.copyOf(gapOptional);
    }

    /** Study hours available before the deadline, or {@code null} when unconstrained. */
    public Double hoursAvailable() {
        if (hoursPerWeek == null) {
            return null;
        }
        return hoursPerWeek * (deadlineWeeks == null ? 26 : deadlineWeeks);
    }

}
