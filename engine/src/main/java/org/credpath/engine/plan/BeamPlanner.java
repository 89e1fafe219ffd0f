package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Beam search over pathways. Each move adds one credential that teaches a gap skill together
 * with its unmet prerequisites (prerequisites first), so prerequisites are never violated and
 * prerequisite-only credentials are taken exactly when needed. Every state reached is kept in a
 * pool; the answer is up to three distinct pathways from it: the highest coverage, and the
 * cheapest and the fastest among those reaching {@code nearBestShare} of that coverage, each
 * listed only when it differs from the pathways before it.
 */
public final class BeamPlanner implements Planner {

    @Override
    public PlanResult plan(PlanRequest request) {
        PlanProblem p = new PlanProblem(request);
        List<PlanState> pool = search(p);
        return new PlanResult(choose(p, pool), p.useful.length, request.catalogue().cycles());
    }

    static List<PlanState> search(PlanProblem p) {
        int width = p.request.options().beamWidth();
        List<PlanState> frontier = List.of(PlanState.empty(p));
        List<PlanState> pool = new ArrayList<>();
        Comparator<PlanState> order = byScore(p);
        for (int depth = 0; depth < p.request.options().maxSteps() && !frontier.isEmpty(); depth++) {
            Map<java.util.BitSet, PlanState> next = new LinkedHashMap<>();
            for (PlanState s : frontier) {
                for (int u : bestMoves(p, s, width)) {
                    PlanState t = s.extend(p, u);
                    if (t != null) {
                        next.merge(t.chosen, t, (a, b) -> order.compare(a, b) <= 0 ? a : b);
                    }
                }
            }
            List<PlanState> ranked = new ArrayList<>(next.values());
            ranked.sort(order);
            frontier = ranked.subList(0, Math.min(width, ranked.size()));
            pool.addAll(frontier);
        }
        return pool;
    }

    /**
     * The {@code k} moves from {@code s} that teach the most new weight (then cost less, take
     * fewer hours): only these children of a state can enter the next frontier of width k.
     */
    static int[] bestMoves(PlanProblem p, PlanState s, int k) {
        long[] scratch = new long[p.words];
        double[] extra = new double[2];
        int[] top = new int[k];
        double[][] key = new double[k][3];
        int n = 0;
        for (int u : p.useful) {
            if (n == k && p.standalone[u] < key[k - 1][0]) {
                break; // marginal gain <= standalone gain: no later move can enter the top k
            }
            double g = s.peek(p, u, scratch, extra);
            if (g <= 0) {
                continue;
            }
            int pos = n;
            while (pos > 0 && before(g, extra, key[pos - 1])) {
                pos--;
            }
            if (pos >= k) {
                continue;
            }
            int last = Math.min(n, k - 1);
            for (int i = last; i > pos; i--) {
                top[i] = top[i - 1];
                key[i] = key[i - 1];
            }
            top[pos] = u;
            key[pos] = new double[] {g, extra[0], extra[1]};
            n = Math.min(k, n + 1);
        }
        return java.util.Arrays.copyOf(top, n);
    }

    private static boolean before(double g, double[] extra, double[] other) {
        if (g != other[0]) {
            return g > other[0];
        }
        if (extra[0] != other[1]) {
            return extra[0] < other[1];
        }
        return extra[1] < other[2];
    }

    /**
     * Higher coverage (plus the stacking bonus) first, then cheaper (fewer unknown-cost steps first, then the priced
     * sum: an unknown cost never sorts as 0), then shorter, then by ids.
     */
    static Comparator<PlanState> byScore(PlanProblem p) {
        double bonus = p.request.options().stackingBonus() * p.totalWeight;
        ToDoubleFunction<PlanState> score = s -> s.score(p, bonus);
        return Comparator.comparingDouble(score).reversed()
                .thenComparingInt(s -> s.unknownCosts(p))
                .thenComparingDouble(s -> s.cost)
                .thenComparingDouble(s -> s.hours)
                .thenComparing((a, b) -> java.util.Arrays.compare(a.order, b.order));
    }

    private static List<Pathway> choose(PlanProblem p, List<PlanState> pool) {
        if (pool.isEmpty()) {
            return List.of();
        }
        List<PlanState> ranked = new ArrayList<>(pool);
        ranked.sort(byScore(p));
        PlanState best = ranked.getFirst();
        double floor = best.weight * p.request.options().nearBestShare() - 1e-9;
        List<PlanState> near = ranked.stream().filter(s -> s.weight >= floor).toList();
        List<Pathway> out = new ArrayList<>();
        Set<java.util.BitSet> used = new HashSet<>();
        add(p, best, "highest-coverage", out, used);
        near.stream().min(Comparator.<PlanState>comparingInt(s -> s.unknownCosts(p)).thenComparingDouble(s -> s.cost)
                        .thenComparingDouble(s -> -s.weight)
                        .thenComparingDouble(s -> s.hours))
                .filter(s -> !used.contains(s.chosen)).ifPresent(s -> add(p, s, "cheapest", out, used));
        near.stream().min(Comparator.<PlanState>comparingDouble(s -> s.hours).thenComparingDouble(s -> -s.weight)
                        .thenComparingInt(s -> s.unknownCosts(p)).thenComparingDouble(s -> s.cost))
                .filter(s -> !used.contains(s.chosen)).ifPresent(s -> add(p, s, "fastest", out, used));
        return out;
    }

    private static void add(PlanProblem p, PlanState s, String kind, List<Pathway> out, Set<java.util.BitSet> used) {
        used.add(s.chosen);
        out.add(PathwayBuilder.build(p, s, kind));
    }
}
