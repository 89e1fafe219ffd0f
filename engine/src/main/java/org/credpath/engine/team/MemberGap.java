package org.credpath.engine.team;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.gap.GapSkill;

/**
 * One member's gap to one target role.
 *
 * @param targetUri      the resolved target occupation
 * @param missing        the skills the member lacks for it, heaviest first
 * @param growthPercent  BLS employment growth of the role, or null
 * @param annualOpenings BLS annual openings of the role, or null
 */
public record MemberGap(String targetUri, String targetTitle, List<GapSkill> missing, Double growthPercent,
        Double annualOpenings) {
    public MemberGap {
        Objects.requireNonNull(targetUri, "targetUri");
        targetTitle = Objects.requireNonNullElse(targetTitle, targetUri);
        missing = List.copyOf(missing);
    }
}
