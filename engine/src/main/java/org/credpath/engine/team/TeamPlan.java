package org.credpath.engine.team;

import java.util.List;

import org.credpath.engine.catalog.Cost;

/**
 * A team's gaps per target role and the credentials that close the most member-gaps. A member-gap is
 * one (member, skill) pair: a member who lacks a skill for any of the team's roles.
 *
 * @param roles       one entry per target role, in the order the roles were first named
 * @param credentials ranked greedily: each closes the most member-gaps still open after the ones above
 * @param memberGaps  the team's (member, skill) gaps over all roles
 * @param closedGaps  how many of them the listed credentials close
 * @param totalCost   the listed credentials for every member they help (unknown parts counted, never 0)
 * @param warnings    members without a target role, credentials left out, ...
 */
public record TeamPlan(List<RoleGap> roles, List<TeamCredential> credentials, int memberGaps, int closedGaps,
        Cost totalCost, List<String> warnings) {

    public TeamPlan {
        roles = List.copyOf(roles);
        credentials = List.copyOf(credentials);
        warnings = List.copyOf(warnings);
    }

    /**
     * The team's gap to one target role.
     *
     * @param memberIds  the members planned toward this role
     * @param skills     skills at least one of them lacks: most members lacking first, then essential, then weight
     * @param memberGaps (member, skill) gaps for this role
     */
    public record RoleGap(String targetUri, String targetTitle, List<String> memberIds, List<SkillGap> skills,
            int memberGaps, Double growthPercent, Double annualOpenings) {
        public RoleGap {
            memberIds = List.copyOf(memberIds);
            skills = List.copyOf(skills);
        }
    }

    /**
     * One skill of a role that some members lack.
     *
     * @param membersLacking how many of the role's members lack it
     * @param memberIds      which ones
     * @param weight         the gap weight (importance x demand) it has for the role
     * @param demand         readable demand signals (essential or optional, O*NET hot technology, BLS openings)
     */
    public record SkillGap(String uri, String label, boolean essential, int membersLacking, List<String> memberIds,
            double weight, List<String> demand) {
        public SkillGap {
            memberIds = List.copyOf(memberIds);
            demand = List.copyOf(demand);
        }
    }

    /**
     * A credential of the ranked list.
     *
     * @param rank             1 = closes the most member-gaps
     * @param membersHelped    members with at least one gap it closes (still open when it was chosen)
     * @param memberIds        which ones
     * @param memberGapsClosed (member, skill) gaps it closes that the credentials above had not
     * @param skillsClosed     labels of the skills behind those gaps
     * @param essentialClosed  how many of those gaps are essential skills of a role
     * @param cost             the price for one member, with its state (unknown has no amount)
     * @param teamCost         {@code cost} for every member helped: unknown when the price is unknown
     * @param hours            study hours per member, or null when the listing states none
     * @param cumulativeClosed member-gaps closed by this credential and the ones above
     */
    public record TeamCredential(int rank, String credentialId, String title, String provider, String url,
            int membersHelped, List<String> memberIds, int memberGapsClosed, List<String> skillsClosed,
            int essentialClosed, Cost cost, Cost teamCost, Double hours, int cumulativeClosed) {
        public TeamCredential {
            memberIds = List.copyOf(memberIds);
            skillsClosed = List.copyOf(skillsClosed);
        }
    }
}
