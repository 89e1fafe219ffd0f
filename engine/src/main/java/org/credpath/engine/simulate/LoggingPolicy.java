package org.credpath.engine.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * The policy that chose what simulated learners were shown: half the list from the top of a
 * noisy gap-coverage heuristic, half uniformly at random from the rest, then shuffled. The
 * shuffle makes the logged position independent of relevance, so click-through by position
 * estimates the examination curve.
 */
final class LoggingPolicy {

    private LoggingPolicy() {
    }

    static List<Integer> shown(List<Integer> available, IntToDoubleFunction heuristic, int size, SplittableRandom rnd) {
        List<double[]> scored = new ArrayList<>();
        for (int i : available) {
            scored.add(new double[] {i, heuristic.applyAsDouble(i) + 0.3 * rnd.nextDouble()});
        }
        scored.sort(Comparator.comparingDouble((double[] a) -> -a[1]).thenComparingDouble(a -> a[0]));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size / 2; i++) {
            out.add((int) scored.get(i)[0]);
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = size / 2; i < scored.size(); i++) {
            rest.add((int) scored.get(i)[0]);
        }
        while (out.size() < size && !rest.isEmpty()) {
            out.add(rest.remove(rnd.nextInt(rest.size())));
        }
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            out.set(j, out.set(i, out.get(j)));
        }
        return out;
    }
}
