package org.credpath.engine.plan;

/** Plans pathways for one learner. */
@FunctionalInterface
public interface Planner {
    PlanResult plan(PlanRequest request);
}
