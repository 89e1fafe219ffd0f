package org.credpath.engine.plan;

import java.util.List;

/**
 * The optimum by branch and bound over the credentials that teach a gap skill (each taken with its
 * unmet prerequisites): the feasible set with the highest coverage, then the lowest cost. Only
 * for small instances (at most {@link #MAX_CANDIDATES} candidates); used to measure the beam
 * search's optimality gap.
 */
public final class ExactPlanner implements Planner {

    public static final int MAX_CANDIDATES = 24;

    @Override
    public PlanResult plan(PlanRequest request) {
        PlanProblem p = new PlanProblem(request);
        if (p.useful.length > MAX_CANDIDATES) {
            throw new IllegalArgumentException("exact planner: " + p.useful.length + " candidates, at most "
                    + MAX_CANDIDATES + " supported");
        }
        long[][] suffixUnion = new long[p.useful.length + 1][p.words];
        for (int k = p.useful.length - 1; k >= 0; k--) {
            for (int l : p.closure[p.useful[k]]) {
                for (int w = 0; w < p.words; w++) {
                    suffixUnion[k][w] |= suffixUnion[k + 1][w] | p.mask[l][w];
                }
            }
        }
        PlanState[] best = {PlanState.empty(p)};
        dfs(p, 0, PlanState.empty(p), suffixUnion, best);
        List<Pathway> out = best[0].order.length == 0 ? List.of() : List.of(PathwayBuilder.build(p, best[0], "exact"));
        return new PlanResult(out, p.useful.length, request.catalogue().cycles());
    }

    private static void dfs(PlanProblem p, int k, PlanState s, long[][] suffixUnion, PlanState[] best) {
        if (better(s, best[0])) {
            best[0] = s;
        }
        if (k == p.useful.length || s.weight + p.gain(suffixUnion[k], s.covered) < best[0].weight - 1e-12) {
            return;
        }
        PlanState with = s.extend(p, p.useful[k]);
        if (with != null) {
            dfs(p, k + 1, with, suffixUnion, best);
        }
        dfs(p, k + 1, s, suffixUnion, best);
    }

    private static boolean better(PlanState a, PlanState b) {
        if (a.weight > b.weight + 1e-12) {
            return true;
        }
        return Math.abs(a.weight - b.weight) <= 1e-12 && a.cost < b.cost - 1e-9;
    }
}
