package org.credpath.engine.plan;

import java.util.Arrays;
import java.util.BitSet;

/** A partial pathway during search: chosen local credentials in order, covered skills, totals. */
final class PlanState {


    final int[] order;
    final BitSet chosen;
    final long[] covered;
    final double weight;
    final double cost;
    final double hours;
    private double score = Double.NaN;

    private PlanState(int[] order, BitSet chosen, long[] covered, double weight, double cost, double hours) {
        this.order = order;
        this.chosen = chosen;
        this.covered = covered;
        this.weight = weight;
        this.cost = cost;
        this.hours = hours;
    }

    static PlanState empty(PlanProblem p) {
        return new PlanState(new int[0], new BitSet(), new long[p.words], 0, 0, 0);
    }

    /**
     * This state plus the closure of useful credential {@code u} (what is not chosen yet), or
     * null when that breaks a limit or teaches nothing new.
     */
    PlanState extend(PlanProblem p, int u) {
        if (chosen.get(u)) {
            return null;
        }
        int[] add = p.closure[u];
        double c = cost;
        double h = hours;
        long[] cov = covered.clone();
        int n = 0;
        for (int i = 0; i < add.length; i++) {
            int l = add[i];
            if (!chosen.get(l)) {
                if (p.conflicts(l, chosen) || conflictsEarlier(p, add, i)) {
                    return null;
                }
                c += p.cost[l];
                h += p.hours[l];
                n++;
            }
        }
        Constraints k = p.request.constraints();
        if (c > k.maxCost() + 1e-9 || h > k.maxHours() + 1e-9 || order.length + n > p.request.options().maxSteps()) {
            return null;
        }
        double g = 0;
        int[] newOrder = Arrays.copyOf(order, order.length + n);
        BitSet ch = (BitSet) chosen.clone();
        int at = order.length;
        for (int l : add) {
            if (!ch.get(l)) {
                g += p.gain(p.mask[l], cov);
                for (int w = 0; w < p.words; w++) {
                    cov[w] |= p.mask[l][w];
                }
                ch.set(l);
                newOrder[at++] = l;
            }
        }
        return g <= 0 ? null : new PlanState(newOrder, ch, cov, weight + g, c, h);
    }

    /**
     * What adding useful credential {@code u} (with its unmet prerequisites) would teach, without
     * allocating: the new gap weight, or -1 when it is chosen already or breaks a limit.
     * {@code extra[0..1]} receive the added cost and hours; {@code scratch} has {@code p.words} longs.
     */
    double peek(PlanProblem p, int u, long[] scratch, double[] extra) {
        if (chosen.get(u)) {
            return -1;
        }
        double c = 0;
        double h = 0;
        int n = 0;
        System.arraycopy(covered, 0, scratch, 0, p.words);
        double g = 0;
        int[] add = p.closure[u];
        for (int i = 0; i < add.length; i++) {
            int l = add[i];
            if (!chosen.get(l)) {
                if (p.conflicts(l, chosen) || conflictsEarlier(p, add, i)) {
                    return -1;
                }
                c += p.cost[l];
                h += p.hours[l];
                n++;
                g += p.gain(p.mask[l], scratch);
                for (int w = 0; w < p.words; w++) {
                    scratch[w] |= p.mask[l][w];
                }
            }
        }
        Constraints k = p.request.constraints();
        if (cost + c > k.maxCost() + 1e-9 || hours + h > k.maxHours() + 1e-9
                || order.length + n > p.request.options().maxSteps()) {
            return -1;
        }
        extra[0] = c;
        extra[1] = h;
        return g;
    }

    /** Covered weight plus the stacking bonus (computed once). */
    double score(PlanProblem p, double bonus) {
        if (Double.isNaN(score)) {
            score = weight + (bonus > 0 ? bonus * p.completedQualifications(chosen) : 0);
        }
        return score;
    }

    private static boolean conflictsEarlier(PlanProblem p, int[] add, int i) {
        for (int j = 0; j < i; j++) {
            if (p.conflict(add[i], add[j])) {
                return true;
            }
        }
        return false;
    }

    /** Steps whose cost is unknown (ranked after any priced total when choosing the cheapest pathway). */
    int unknownCosts(PlanProblem p) {
        int n = 0;
        for (int l : order) {
            n += p.unknownCost[l] ? 1 : 0;
        }
        return n;
    }

    double coverage(PlanProblem p) {
        return p.totalWeight == 0 ? 0 : weight / p.totalWeight;
    }
}
