package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Credential;

/**
 * A request compiled for search: gap skills as bits, the credentials that could be scheduled
 * (local indices), and for each useful credential its unmet prerequisite closure in study order.
 */
final class PlanProblem {

    final PlanRequest request;
    final double[] skillWeight;
    final double totalWeight;
    final int words;
    /** local index -> catalogue index */
    final int[] catalogueIndex;
    final double[] hours;
    /** Priced cost (known or estimated) of each local credential; 0 where {@link #unknownCost} is set. */
    final double[] cost;
    /** Local credentials whose cost is unknown: never summed as 0 into a total, counted apart. */
    final boolean[] unknownCost;
    final long[][] mask;
    /** useful local indices (teach a gap skill), by decreasing standalone gain */
    final int[] useful;
    /** standalone[local] = gap weight the credential's closure teaches on its own (bounds its marginal gain) */
    final double[] standalone;
    /** closure[local] = local indices to add, prerequisites first, the credential itself last (useful ones only) */
    final int[][] closure;
    /** conflicts[local]: locals it contains or is contained in (null when none) */
    final java.util.BitSet[] conflicts;
    /** qualifications a pathway could complete: the local indices of their members still to take */
    final int[][] completableQualifications;

    private final Map<Integer, Integer> localOf = new HashMap<>();
    private final List<Integer> locals = new ArrayList<>();

    PlanProblem(PlanRequest r) {
        this.request = r;
        Map<String, Integer> bit = new HashMap<>();
        skillWeight = new double[r.gap().size()];
        for (int i = 0; i < r.gap().size(); i++) {
            bit.put(r.gap().get(i).uri(), i);
            skillWeight[i] = r.gap().get(i).weight();
        }
        totalWeight = java.util.Arrays.stream(skillWeight).sum();
        words = Math.max(1, (skillWeight.length + 63) / 64);
        List<int[]> usefulClosures = new ArrayList<>();
        List<Integer> usefulCat = findUseful(bit, usefulClosures);
        usefulClosures.forEach(c -> java.util.Arrays.stream(c).forEach(this::local));
        int m = locals.size();
        catalogueIndex = locals.stream().mapToInt(Integer::intValue).toArray();
        hours = new double[m];
        cost = new double[m];
        unknownCost = new boolean[m];
        mask = new long[m][words];
        fillCredentials(bit);
        int[] usefulLocal = usefulCat.stream().mapToInt(localOf::get).toArray();
        closure = new int[m][];
        for (int k = 0; k < usefulLocal.length; k++) {
            closure[usefulLocal[k]] = java.util.Arrays.stream(usefulClosures.get(k)).map(localOf::get).toArray();
        }
        standalone = standaloneGains(usefulLocal);
        useful = java.util.Arrays.stream(usefulLocal).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer u) -> -standalone[u]).thenComparingInt(u -> u))
                .mapToInt(Integer::intValue).toArray();
        completableQualifications = completable(r.catalogue());
        conflicts = conflictSets();
    }

    /** Catalogue indices that teach a gap skill and can be scheduled with their prerequisites; fills their closures. */
    private List<Integer> findUseful(Map<String, Integer> bit, List<int[]> closures) {
        PlanningCatalogue cat = request.catalogue();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < cat.size(); i++) {
            if (!teachesGap(cat.get(i), bit) || !available(i)) {
                continue;
            }
            List<Integer> order = new ArrayList<>();
            if (closure(i, order, new java.util.HashSet<>())) {
                out.add(i);
                closures.add(order.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return out;
    }

    private void fillCredentials(Map<String, Integer> bit) {
        for (int l = 0; l < catalogueIndex.length; l++) {
            Credential c = request.catalogue().get(catalogueIndex[l]);
            hours[l] = c.hours() != null ? c.hours() : request.options().defaultHours();
            org.credpath.engine.catalog.Cost price = c.cost();
            unknownCost[l] = !price.isKnownOrEstimated();
            cost[l] = unknownCost[l] ? 0 : price.amount();
            for (String s : c.skills()) {
                Integer b = bit.get(s);
                if (b != null) {
                    mask[l][b >>> 6] |= 1L << (b & 63);
                }
            }
        }
    }

    private double[] standaloneGains(int[] usefulLocal) {
        double[] out = new double[catalogueIndex.length];
        for (int u : usefulLocal) {
            long[] cov = new long[words];
            for (int l : closure[u]) {
                out[u] += gain(mask[l], cov);
                for (int w = 0; w < words; w++) {
                    cov[w] |= mask[l][w];
                }
            }
        }
        return out;
    }

    private java.util.BitSet[] conflictSets() {
        java.util.BitSet[] out = new java.util.BitSet[catalogueIndex.length];
        for (int l = 0; l < out.length; l++) {
            for (int c : request.catalogue().containers(catalogueIndex[l])) {
                Integer lc = localOf.get(c);
                if (lc != null) {
                    (out[l] == null ? out[l] = new java.util.BitSet() : out[l]).set(lc);
                    (out[lc] == null ? out[lc] = new java.util.BitSet() : out[lc]).set(l);
                }
            }
        }
        return out;
    }

    private int[][] completable(PlanningCatalogue cat) {
        List<int[]> out = new ArrayList<>();
        for (List<Integer> members : cat.qualificationMembers().values()) {
            List<Integer> todo = new ArrayList<>();
            boolean possible = true;
            for (int i : members) {
                Integer l = localOf.get(i);
                if (l != null) {
                    todo.add(l);
                } else if (!satisfied(i)) {
                    possible = false;
                }
            }
            if (possible && !todo.isEmpty()) {
                out.add(todo.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return out.toArray(int[][]::new);
    }

    /** Qualifications the state completes (all members held, recognised or chosen). */
    int completedQualifications(java.util.BitSet chosen) {
        int n = 0;
        for (int[] q : completableQualifications) {
            boolean all = true;
            for (int l : q) {
                all &= chosen.get(l);
            }
            n += all ? 1 : 0;
        }
        return n;
    }

    private int local(int catIndex) {
        return localOf.computeIfAbsent(catIndex, k -> {
            locals.add(k);
            return locals.size() - 1;
        });
    }

    private static boolean teachesGap(Credential c, Map<String, Integer> bit) {
        for (String s : c.skills()) {
            if (bit.containsKey(s)) {
                return true;
            }
        }
        return false;
    }

    /** Held, recognised, or part of a held or recognised qualification. */
    boolean satisfied(int catIndex) {
        if (held(catIndex)) {
            return true;
        }
        for (int c : request.catalogue().containers(catIndex)) {
            if (held(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean held(int catIndex) {
        String id = request.catalogue().get(catIndex).id();
        return request.heldCredentials().contains(id) || request.recognisedCredentials().contains(id);
    }

    /** True when local {@code l} and local {@code other} are a credential and a qualification containing it. */
    boolean conflict(int l, int other) {
        return conflicts[l] != null && conflicts[l].get(other);
    }

    /** True when local {@code l} conflicts with anything in {@code chosen}. */
    boolean conflicts(int l, java.util.BitSet chosen) {
        return conflicts[l] != null && conflicts[l].intersects(chosen);
    }

    /** Could be scheduled on its own: not held or recognised, no cycle, known prerequisites, within limits. */
    boolean available(int i) {
        PlanningCatalogue cat = request.catalogue();
        Credential c = cat.get(i);
        Constraints k = request.constraints();
        double h = c.hours() != null ? c.hours() : request.options().defaultHours();
        org.credpath.engine.catalog.Cost price = c.cost();
        boolean affordable = price.isKnownOrEstimated() ? price.amount() <= k.maxCost() : k.acceptsUnknownCost();
        return !satisfied(i) && !cat.onCycle(i) && !cat.hasUnknownPrerequisite(i) && k.accepts(c.delivery())
                && h <= k.maxHours() && affordable;
    }

    /** Post-order DFS (iterative: no depth limit) over unmet prerequisites; false when one cannot be scheduled. */
    private boolean closure(int root, List<Integer> order, java.util.Set<Integer> seen) {
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>(); // {credential, next prerequisite}
        seen.add(root);
        stack.push(new int[] {root, 0});
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            int[] pre = request.catalogue().prerequisites(top[0]);
            if (top[1] == pre.length) {
                order.add(stack.pop()[0]);
                continue;
            }
            int p = pre[top[1]++];
            if (satisfied(p) || seen.contains(p)) {
                continue;
            }
            if (!available(p)) {
                return false;
            }
            seen.add(p);
            stack.push(new int[] {p, 0});
        }
        return true;
    }

    /** Weight of the skills in {@code m} not in {@code covered}. */
    double gain(long[] m, long[] covered) {
        double g = 0;
        for (int w = 0; w < words; w++) {
            long bits = m[w] & ~covered[w];
            while (bits != 0) {
                int b = Long.numberOfTrailingZeros(bits);
                g += skillWeight[(w << 6) + b];
                bits &= bits - 1;
            }
        }
        return g;
    }
}
