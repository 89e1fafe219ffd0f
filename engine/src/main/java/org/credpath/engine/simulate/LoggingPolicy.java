package org.credpath.engine.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * The policy that chose what simulated learners were shown (see docs/ranking.md).
 * <ul>
 * <li>{@link #MIXED}: half the list from the top of a noisy relevance heuristic, half uniformly at
 * random from the rest, then shuffled, so the logged position is independent of relevance;</li>
 * <li>{@link #RANKED}: the list a production site would show: the top of the noisy relevance
 * heuristic in score order, with {@code explore} uniformly random items put at random positions
 * (exploration slots).</li>
 * </ul>
 */
public enum LoggingPolicy {
    MIXED, RANKED;

    /** Items per list shown as exploration under {@link #RANKED}. */
    static final int EXPLORE = 2;

    public static LoggingPolicy named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "mixed" -> MIXED;
            case "ranked" -> RANKED;
            default -> throw new IllegalArgumentException("--logging must be mixed or ranked, got '" + name + "'");
        };
    }

    /** Catalogue indexes shown, position 1 first. */
    List<Integer> shown(List<Integer> available, IntToDoubleFunction heuristic, int size, SplittableRandom rnd) {
        List<Integer> ranked = byNoisyScore(available, heuristic, rnd);
        int top = this == MIXED ? size / 2 : Math.max(1, size - EXPLORE);
        List<Integer> out = new ArrayList<>(ranked.subList(0, Math.min(top, ranked.size())));
        List<Integer> rest = new ArrayList<>(ranked.subList(out.size(), ranked.size()));
        if (this == MIXED) {
            while (out.size() < size && !rest.isEmpty()) {
                out.add(rest.remove(rnd.nextInt(rest.size())));
            }
            shuffle(out, rnd);
        } else {
            while (out.size() < size && !rest.isEmpty()) {
                out.add(rnd.nextInt(out.size() + 1), rest.remove(rnd.nextInt(rest.size())));
            }
        }
        return out;
    }

    private static List<Integer> byNoisyScore(List<Integer> available, IntToDoubleFunction heuristic,
            SplittableRandom rnd) {
        List<double[]> scored = new ArrayList<>();
        for (int i : available) {
            scored.add(new double[] {i, heuristic.applyAsDouble(i) + 0.3 * rnd.nextDouble()});
        }
        scored.sort(Comparator.comparingDouble((double[] a) -> -a[1]).thenComparingDouble(a -> a[0]));
        return scored.stream().map(a -> (int) a[0]).toList();
    }

    private static void shuffle(List<Integer> out, SplittableRandom rnd) {
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            out.set(j, out.set(i, out.get(j)));
        }
    }
}
