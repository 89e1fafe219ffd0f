package org.credpath.api.service;

import java.util.List;

import org.credpath.engine.learner.Learner;

/** Plans stacking pathways for a learner toward a target occupation, and prices edited ones. */
public interface PathwayService {
    /**
     * @param targetOccupation ESCO URI, O*NET-SOC code or free text; null = the learner's own target
     * @param maxPathways      1..20, already validated
     */
    PlannedPathways plan(String tenantId, Learner learner, String targetOccupation, int maxPathways);

    /**
     * One pathway of exactly these credentials in this order (a planned one edited: a step removed,
     * swapped or moved), priced as planned ones are. Unknown or repeated ids are a 400 naming
     * {@code steps[i]}.
     */
    PlannedPathways evaluate(String tenantId, Learner learner, String targetOccupation, List<String> steps);

    /** @param excludeUnknownCost with a budget, leave out credentials of unknown cost (default: kept, with a warning) */
    default PlannedPathways plan(String tenantId, Learner learner, String targetOccupation, int maxPathways,
            boolean excludeUnknownCost) {
        return plan(tenantId, learner, targetOccupation, maxPathways);
    }
}
