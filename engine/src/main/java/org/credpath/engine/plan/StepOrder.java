package org.credpath.engine.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The study order of a chosen set of credentials: every prerequisite before what needs it, then
 * introductory before intermediate before advanced ({@link StudyLevel}), then by value (the gap
 * weight a credential teaches on its own, most first), then by id. Only the order changes, never
 * the set (Kahn's topological sort with that priority among the ready credentials).
 */
final class StepOrder {

    private StepOrder() {
    }

    /** The local indices of {@code chosen} (a search state's order) in study order. */
    static int[] order(PlanProblem p, int[] chosen) {
        int n = chosen.length;
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(p.catalogueIndex[chosen[i]], i);
        }
        int[] waiting = new int[n];
        java.util.List<java.util.List<Integer>> dependents = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            dependents.add(new java.util.ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int pre : p.request.catalogue().prerequisites(p.catalogueIndex[chosen[i]])) {
                Integer j = position.get(pre);
                if (j != null) {
                    waiting[i]++;
                    dependents.get(j).add(i);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(priority(p, chosen));
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        int[] out = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            out[k++] = chosen[i];
            for (int d : dependents.get(i)) {
                if (--waiting[d] == 0) {
                    ready.add(d);
                }
            }
        }
        if (k != n) { // the planner never schedules a credential on a prerequisite cycle
            throw new IllegalStateException("prerequisite cycle among the chosen steps");
        }
        return out;
    }

    private static java.util.Comparator<Integer> priority(PlanProblem p, int[] chosen) {
        int[] level = new int[chosen.length];
        double[] value = new double[chosen.length];
        long[] none = new long[p.words];
        for (int i = 0; i < chosen.length; i++) {
            level[i] = StudyLevel.rank(p.request.catalogue().get(p.catalogueIndex[chosen[i]]));
            value[i] = p.gain(p.mask[chosen[i]], none);
        }
        return java.util.Comparator.<Integer>comparingInt(i -> level[i])
                .thenComparingDouble(i -> -value[i])
                .thenComparing(i -> p.request.catalogue().get(p.catalogueIndex[chosen[i]]).id());
    }
}
