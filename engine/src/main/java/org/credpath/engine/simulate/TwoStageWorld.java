package org.credpath.engine.simulate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;

/**
 * What choice model v3 ({@link TwoStageChoice}) needs of the catalogue and of each learner:
 * credential words, provider sizes, each learner's goal-text matches and favourite provider.
 */
final class TwoStageWorld {

    /** Oracle keys of credentials outside the text consideration set are pushed down by this much. */
    private static final double NOT_CONSIDERED = 1000;

    private final TwoStageChoice choice;
    private final List<CourseraCatalog.Entry> catalogue;
    private final GoalText goals;
    private final List<Set<String>> words = new ArrayList<>();
    private final Map<String, Double> providerSizeZ = new LinkedHashMap<>();
    private final List<String> providers = new ArrayList<>();
    private final double[] cumulativeProvider;

    TwoStageWorld(TwoStageChoice choice, List<CourseraCatalog.Entry> catalogue, GoalText goals) {
        this.choice = choice;
        this.catalogue = catalogue;
        this.goals = goals;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CourseraCatalog.Entry e : catalogue) {
            words.add(GoalText.words(e.credential()));
            counts.merge(provider(e.credential()), 1, Integer::sum);
        }
        double mean = counts.values().stream().mapToDouble(Math::log1p).average().orElse(0);
        double var = counts.values().stream().mapToDouble(n -> Math.pow(Math.log1p(n) - mean, 2)).average().orElse(0);
        double sd = var > 0 ? Math.sqrt(var) : 1;
        cumulativeProvider = new double[counts.size()];
        double sum = 0;
        for (Map.Entry<String, Integer> p : counts.entrySet()) {
            providerSizeZ.put(p.getKey(), (Math.log1p(p.getValue()) - mean) / sd);
            sum += p.getValue();
            cumulativeProvider[providers.size()] = sum;
            providers.add(p.getKey());
        }
    }

    TwoStageChoice choice() {
        return choice;
    }

    /** Goal-text matches over the catalogue, and a favourite provider drawn by catalogue share. */
    void prepare(SimulatedLearner l, String targetUri, SplittableRandom rnd) {
        GoalText.Goal goal = goals.of(targetUri);
        BitSet match = new BitSet(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            if (GoalText.matches(goal, words.get(i))) {
                match.set(i);
            }
        }
        l.textMatch(match);
        double x = rnd.nextDouble() * cumulativeProvider[cumulativeProvider.length - 1];
        int i = java.util.Arrays.binarySearch(cumulativeProvider, x);
        l.favouriteProvider(providers.get(Math.min(providers.size() - 1, i >= 0 ? i : -i - 1)));
    }

    /** Stage 1 for a recommendation list item at 1-based {@code position}. */
    boolean considers(SimulatedLearner l, int index, int position) {
        return choice.considers(l.textMatch().get(index), position);
    }

    /** A learner's own search only returns credentials whose text matches their goal. */
    List<Integer> searchable(SimulatedLearner l, List<Integer> available) {
        return available.stream().filter(l.textMatch()::get).toList();
    }

    /** Oracle order keys: text-considered credentials first, each group by noise-free value. */
    double[] oracleKeys(SimulatedLearner l, double[] exact) {
        double[] keys = exact.clone();
        for (int i = 0; i < keys.length; i++) {
            if (!l.textMatch().get(i) && Double.isFinite(keys[i])) {
                keys[i] -= NOT_CONSIDERED;
            }
        }
        return keys;
    }

    double value(SimulatedLearner l, Credential c) {
        Learner r = l.record();
        Set<String> skills = new HashSet<>(c.skills());
        int newTarget = 0;
        int known = 0;
        for (String s : skills) {
            if (l.skills().contains(s)) {
                known++;
            } else if (l.targetEssential().contains(s) || l.targetOptional().contains(s)) {
                newTarget++;
            }
        }
        String provider = provider(c);
        return choice.value(new TwoStageChoice.Pair(newTarget, skills.isEmpty() ? 0 : (double) known / skills.size(),
                providerSizeZ.getOrDefault(provider, 0.0), provider.equals(l.favouriteProvider()), c.costUsd(),
                r.budgetUsd(), c.hours(), r.hoursPerWeek() * r.deadlineWeeks()));
    }

    private static String provider(Credential c) {
        return c.provider() == null || c.provider().isBlank() ? "(unknown)" : c.provider();
    }
}
