package org.credpath.engine.team;

import org.credpath.engine.learner.Learner;

/** The seam to the gap analysis: one member's gap to one target role. */
public interface MemberGaps {
    /**
     * @param targetOccupation ESCO URI, O*NET-SOC code or free text
     * @throws IllegalArgumentException "targetOccupation: ..." when no occupation matches
     */
    MemberGap gap(Learner member, String targetOccupation);
}
