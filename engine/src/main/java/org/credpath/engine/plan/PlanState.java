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
        for (int l : add) {
            if (!chosen.get(l)) {
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

    double coverage(PlanProblem p) {
        return p.totalWeight == 0 ? 0 : weight / p.totalWeight;
    }
}
