package org.credpath.engine.team;

import org.credpath.engine.gap.GapAnalysis;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.PathwayService;

/**
 * {@link MemberGaps} from the planner's own preparation: the same occupation reading, skill state
 * (with prior learning from the current occupation and held credentials) and weighted gap as a
 * member's own pathways.
 */
public final class PlannerMemberGaps implements MemberGaps {

    private final PathwayService planner;

    public PlannerMemberGaps(PathwayService planner) {
        this.planner = planner;
    }

    @Override
    public MemberGap gap(Learner m, String targetOccupation) {
        Learner withTarget = new Learner(m.id(), m.heldCredentials(), m.skills(), m.currentOccupation(),
                targetOccupation, m.budgetUsd(), m.hoursPerWeek(), m.deadlineWeeks(), m.delivery(), m.languages(),
                m.interests());
        GapAnalysis g = planner.prepare(withTarget).gap();
        return new MemberGap(g.targetUri(), g.targetTitle(), g.missing(), g.growthPercent(), g.annualOpenings());
    }
}
