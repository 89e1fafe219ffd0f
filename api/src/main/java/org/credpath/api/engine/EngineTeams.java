package org.credpath.api.engine;

import java.util.List;

import org.credpath.api.service.TeamService;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.BeamPlanner;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.team.PlannerMemberGaps;
import org.credpath.engine.team.TeamPlan;
import org.credpath.engine.team.TeamPlanner;

/**
 * {@link TeamService} over the engine's {@link TeamPlanner}: each member's gap read exactly as for
 * their own pathways, over the shipped planning catalogue (tenant additions are not planned yet).
 */
public final class EngineTeams implements TeamService {

    private final TeamPlanner planner;

    public EngineTeams(PlanningContext context) {
        this.planner = new TeamPlanner(new PlannerMemberGaps(new PathwayService(context, new BeamPlanner())),
                context.catalogue().credentials());
    }

    @Override
    public TeamPlan plan(List<Learner> members, List<String> targetOccupations, int maxCredentials) {
        return planner.plan(members, targetOccupations, maxCredentials);
    }
}
