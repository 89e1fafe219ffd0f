package org.credpath.api.service;

import java.util.List;

import org.credpath.engine.learner.Learner;

/** Plans stacking pathways for a learner toward a target occupation. */
public interface PathwayService {
    /**
     * @param targetOccupation ESCO URI, O*NET-SOC code or free text; null = the learner's own target
     * @param maxPathways      1..20, already validated
     */
    List<Pathway> plan(String tenantId, Learner learner, String targetOccupation, int maxPathways);

    /** @param excludeUnknownCost with a budget, leave out credentials of unknown cost (default: kept, with a warning) */
    default List<Pathway> plan(String tenantId, Learner learner, String targetOccupation, int maxPathways,
            boolean excludeUnknownCost) {
        return plan(tenantId, learner, targetOccupation, maxPathways);
    }
}
