package org.credpath.engine.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.rank.FeatureSetup;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.rank.Ranker;

/**
 * Model selection on the TRAINING learners only: a seeded share of one simulation's learners is
 * set aside as validation learners; every candidate setting trains on the other learners' events
 * and is scored by the eval protocol (last enrol hidden, whole catalogue ranked) on the
 * validation learners. Test seeds are never read.
 */
public final class Tuning {

    /** One setting to try: a report name and how to train it from the fit learners' features. */
    public record Candidate(String name, Function<FeatureSetup, Ranker> trainer) {
        public Candidate {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a tuning candidate needs a name");
            }
        }
    }

    /** The learners of one simulation split into fit and validation learners (with their events). */
    public record Split(EvalData fit, EvalData validation) {
    }

    private final OccupationSkills occupations;
    private final LearnerSignals signals;
    private final EvalOptions options;
    private final Consumer<String> progress;

    public Tuning(OccupationSkills occupations, LearnerSignals signals, EvalOptions options, Consumer<String> progress) {
        this.occupations = occupations;
        this.signals = signals;
        this.options = options;
        this.progress = progress;
    }

    /** Puts a seeded {@code share} of the learners (and all their events) aside for validation. */
    public static Split split(EvalData data, double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("validation share must lie in (0, 1), got " + share);
        }
        List<String> ids = new ArrayList<>(data.learners().keySet());
        java.util.Collections.shuffle(ids, new Random(seed));
        Set<String> held = Set.copyOf(ids.subList(0, (int) Math.round(ids.size() * share)));
        return new Split(part(data, id -> !held.contains(id)), part(data, held::contains));
    }

    private static EvalData part(EvalData data, java.util.function.Predicate<String> keep) {
        Map<String, Learner> learners = new LinkedHashMap<>();
        data.learners().forEach((id, l) -> {
            if (keep.test(id)) {
                learners.put(id, l);
            }
        });
        List<Event> events = data.events().stream().filter(e -> keep.test(e.learnerId())).collect(Collectors.toList());
        Map<String, Credential> catalogue = data.catalogue();
        return new EvalData(catalogue, learners, events, 0, 0);
    }

    /** Trains every candidate on the fit learners and reports the eval metrics on the validation learners. */
    public EvalReport run(Split split, List<Candidate> candidates) {
        FeatureSetup fit = FeatureSetup.build(split.fit().catalogue(), split.fit().learners(), split.fit().events(),
                occupations, signals);
        HoldOut holdOut = HoldOut.split(split.validation().events());
        FeatureSetup validation = FeatureSetup.build(split.validation().catalogue(), split.validation().learners(),
                List.of(), split.fit().events(), occupations, signals);
        progress.accept(split.fit().learners().size() + " fit learners (" + fit.sessions().size() + " sessions), "
                + holdOut.cases().size() + " validation learners with a hidden enrol");
        List<Ranker> rankers = new ArrayList<>();
        for (Candidate c : candidates) {
            progress.accept("training " + c.name());
            rankers.add(new Named(c.name(), c.trainer().apply(fit)));
        }
        return new EvalHarness(occupations, signals, options, progress).evaluate(split.validation(), holdOut,
                validation, fit.sessions().size(), rankers);
    }

    /** A trained ranker reported under a candidate's name. */
    private record Named(String name, Ranker inner) implements Ranker {
        @Override
        public double[] score(float[][] features) {
            return inner.score(features);
        }
    }
}
