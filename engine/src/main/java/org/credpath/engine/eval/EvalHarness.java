package org.credpath.engine.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.rank.ColumnRanker;
import org.credpath.engine.rank.Dl4jTrainer;
import org.credpath.engine.rank.FeatureSetup;
import org.credpath.engine.rank.GradientBoostingRanker;
import org.credpath.engine.rank.LambdaMartRanker;
import org.credpath.engine.rank.LearnerProfile;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.rank.PositionBias;
import org.credpath.engine.rank.Ranker;
import org.credpath.engine.rank.StandardFeatureExtractor;

/**
 * Runs the whole-catalogue protocol ({@link EvalReport#WHOLE_CATALOGUE}): hide each learner's last
 * enrol, train the learned models on what remains visible (or score saved ones), then rank the whole
 * catalogue minus held credentials with every model over the same features.
 */
public final class EvalHarness {

    private final OccupationSkills occupations;
    private final LearnerSignals signals;
    private final EvalOptions options;
    private final Consumer<String> progress;

    public EvalHarness(OccupationSkills occupations, LearnerSignals signals, EvalOptions options,
            Consumer<String> progress) {
        this.occupations = occupations;
        this.signals = signals;
        this.options = options;
        this.progress = progress;
    }

    /**
     * @param trainData when given, the learned models train on all of its events (e.g. learners
     *                  simulated with another seed) instead of the visible part of {@code data}
     */
    public EvalReport run(EvalData data, EvalData trainData) {
        HoldOut split = HoldOut.split(data.events());
        FeatureSetup trainSetup = trainData == null
                ? FeatureSetup.build(data.catalogue(), data.learners(), split.training(), occupations, signals)
                : FeatureSetup.build(trainData.catalogue(), trainData.learners(), trainData.events(), occupations, signals);
        FeatureSetup setup = trainData == null ? trainSetup
                : FeatureSetup.build(data.catalogue(), data.learners(), List.of(), trainData.events(), occupations, signals);
        progress.accept(split.cases().size() + " held-out learners, " + trainSetup.sessions().size()
                + " training sessions");
        List<Ranker> rankers = rankers(trainSetup);
        return evaluate(data, split, setup, trainSetup.sessions().size(), rankers);
    }

    /**
     * Scores models that are already trained (no training here): {@code saved} gets the feature
     * names and returns its rankers; the untrained baselines not among them are added.
     */
    public EvalReport runSaved(EvalData data, Function<List<String>, List<Ranker>> saved) {
        HoldOut split = HoldOut.split(data.events());
        FeatureSetup setup = FeatureSetup.build(data.catalogue(), data.learners(), split.training(), occupations, signals);
        progress.accept(split.cases().size() + " held-out learners; saved models, nothing trained");
        List<Ranker> rankers = new ArrayList<>(saved.apply(setup.extractor().featureNames()));
        Set<String> names = new java.util.HashSet<>();
        rankers.forEach(r -> names.add(r.name()));
        for (Ranker b : baselines()) {
            if (names.add(b.name())) {
                rankers.add(b);
            }
        }
        return evaluate(data, split, setup, 0, rankers);
    }

    private static List<Ranker> baselines() {
        return List.of(ColumnRanker.gapCoverage(StandardFeatureExtractor.NAMES),
                ColumnRanker.embeddingCosine(StandardFeatureExtractor.NAMES),
                ColumnRanker.popularity(StandardFeatureExtractor.NAMES));
    }

    /** The learned models (trained on the visible sessions) and the heuristic baselines. */
    List<Ranker> rankers(FeatureSetup setup) {
        List<String> names = setup.extractor().featureNames();
        List<Ranker> out = new ArrayList<>();
        PositionBias bias = PositionBias.estimate(setup.sessions(), options.dl4j().listSize());
        progress.accept("position bias estimate: " + java.util.Arrays.toString(bias.propensity()));
        out.add(new Dl4jTrainer(options.dl4j()).train(names, setup.sessions(), bias,
                e -> progress.accept("dl4j epoch " + e + "/" + options.dl4j().epochs())));
        progress.accept("training xgboost-lambdamart");
        out.add(LambdaMartRanker.train(setup.sessions(), names.size(), options.lambdaMart()));
        progress.accept("training smile-gbm");
        out.add(GradientBoostingRanker.train(names, setup.sessions(), options.gbmTrees()));
        out.addAll(baselines());
        return out;
    }

    EvalReport evaluate(EvalData data, HoldOut split, FeatureSetup setup, int trainingSessions, List<Ranker> rankers) {
        Map<String, MetricAccumulator> acc = new LinkedHashMap<>();
        rankers.forEach(r -> acc.put(r.name(), new MetricAccumulator()));
        List<Credential> catalogue = List.copyOf(data.catalogue().values());
        int done = 0;
        for (HoldOut.Case c : split.cases()) {
            Learner learner = data.learners().get(c.learnerId());
            LearnerProfile profile = setup.profiles().profile(learner, c.enrolledBefore());
            List<Credential> candidates = catalogue.stream().filter(x -> !profile.held().contains(x.id())).toList();
            float[][] x = setup.extractor().extract(profile, candidates);
            Set<String> relevant = Set.of(c.hiddenCredentialId());
            for (Ranker r : rankers) {
                acc.get(r.name()).add(order(candidates, r.score(x)), relevant);
            }
            if (++done % 500 == 0) {
                progress.accept("ranked " + done + "/" + split.cases().size() + " learners");
            }
        }
        Map<String, ModelMetrics> models = new LinkedHashMap<>();
        acc.forEach((name, a) -> models.put(name, a.summary(catalogue.size(), options.resamples(), options.seed())));
        return new EvalReport(split.cases().size(), models, trainingSessions, data.unknownLearnerEvents(),
                data.unknownCredentialEvents());
    }

    /** Candidate ids by descending score; ties keep catalogue order. */
    static List<String> order(List<Credential> candidates, double[] scores) {
        Integer[] idx = new Integer[candidates.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -scores[i]));
        List<String> out = new ArrayList<>(idx.length);
        for (int i : idx) {
            out.add(candidates.get(i).id());
        }
        return out;
    }

}
