package org.credpath.engine.plan;

import java.util.List;

/** Baseline: repeatedly add the credential (with its unmet prerequisites) that teaches the most new gap weight. */
public final class GreedyPlanner implements Planner {

    @Override
    public PlanResult plan(PlanRequest request) {
        PlanProblem p = new PlanProblem(request);
        var order = BeamPlanner.byScore(p);
        PlanState s = PlanState.empty(p);
        while (true) {
            PlanState best = null;
            for (int u : p.useful) {
                PlanState t = s.extend(p, u);
                if (t != null && (best == null || order.compare(t, best) < 0)) {
                    best = t;
                }
            }
            if (best == null) {
                break;
            }
            s = best;
        }
        List<Pathway> out = s.order.length == 0 ? List.of() : List.of(PathwayBuilder.build(p, s, "greedy"));
        return new PlanResult(out, p.useful.length, request.catalogue().cycles());
    }
}
