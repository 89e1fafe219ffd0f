/**
 * Team view (employer skill planning): several learners of a tenant grouped as a team, the team's
 * skill gaps per target role (how many members lack each skill) and a ranked list of credentials
 * that close the most member-gaps, chosen greedily (set cover) with each one's cost in its state.
 * {@link org.credpath.engine.team.MemberGaps} is the seam to the gap analysis of one member;
 * {@link org.credpath.engine.team.PlannerMemberGaps} fills it from the planner's own preparation.
 */
package org.credpath.engine.team;
