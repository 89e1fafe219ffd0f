package org.credpath.engine.plan;

import java.util.List;

/**
 * The planner's answer.
 *
 * @param candidates credentials that could teach a gap skill within the limits
 * @param cycles     prerequisite cycles in the catalogue (their credentials were not planned)
 */
public record PlanResult(List<Pathway> pathways, int candidates, List<PrerequisiteCycle> cycles) {
    public PlanResult {
        pathways = List.copyOf(pathways);
        cycles = List.copyOf(cycles);
    }

    public Pathway best() {
        return pathways.isEmpty() ? null : pathways.getFirst();
    }
}
