package org.credpath.api.service;

import java.util.List;

import org.credpath.engine.learner.Learner;
import org.credpath.engine.team.TeamPlan;

/** Plans for a team of stored learners: gaps per target role and the credentials that close the most. */
public interface TeamService {
    /**
     * @param members           the team's learners, in the team's order, each with an id
     * @param targetOccupations the team's roles; empty = each member's own target occupation
     * @param maxCredentials    1..50, already validated
     * @throws IllegalArgumentException "field: problem", e.g. {@code targetOccupations[1]: no occupation matches ...}
     */
    TeamPlan plan(List<Learner> members, List<String> targetOccupations, int maxCredentials);
}
