package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.ModelProvenance;
import org.credpath.engine.eval.judged.JudgedLearner;
import org.credpath.engine.eval.judged.JudgedMetrics;
import org.credpath.engine.eval.judged.JudgedRankerSelection;
import org.credpath.engine.eval.judged.JudgedRankerTrainer;
import org.credpath.engine.eval.judged.JudgedRankerTrainer.Variant;
import org.credpath.engine.eval.judged.JudgedSet;
import org.credpath.engine.eval.judged.JudgedSetReader;
import org.credpath.engine.eval.judged.LearnerPool;
import org.credpath.engine.eval.judged.Split;
import org.credpath.engine.recommend.CandidateCapture;
import org.credpath.engine.recommend.JudgedRankerModel;
import org.credpath.engine.recommend.RecommendEngine;
import org.credpath.engine.recommend.RecommenderOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credpath train judged-ranker}: a re-ranker of the served candidates learned from the judged
 * <b>development</b> half's adviser grades (the test half is never read), chosen among a few small,
 * regularised designs by learner-grouped K-fold cross-validation; prints where relevance is lost
 * (retrieval or ranking) and every variant's CV figures, then fits the best on all development learners.
 */
@Command(name = "judged-ranker", mixinStandardHelpOptions = true,
        description = "Re-ranker learned from the judged development half's grades (Smile logistic regression),"
                + " selected by learner-grouped cross-validation.")
public final class TrainJudgedRankerCommand implements Callable<Integer> {

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds over learners (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the fold split and pair sampling (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Model folder (default models/judged-ranker).")
    Path out;

    @Option(names = "--runs-out", description = "Also write the chosen variant's out-of-fold top 10 of every development"
            + " learner as DIR/cv-<variant>.tsv (a run file datasets/judged/tools/judged.py can pool, so that the"
            + " cross-validated figures can be fully judged).")
    Path runsOut;

    @Option(names = "--cv-only", description = "Print the diagnosis and the cross-validated figures; write no model.")
    boolean cvOnly;

    /**
     * The designs compared: pointwise heads at grade >= 2 or >= 1 and 2 (on judged pairs alone, or with 30
     * ungraded served candidates per learner as grade 0), or pairwise, at two L2 penalties; and the pointwise
     * heads at the smaller penalty as a correction on the served prior (residual weights 0.1, 0.2, 0.4).
     */
    static List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        for (double lambda : new double[] {1, 10}) {
            for (int negatives : new int[] {0, 30}) {
                String n = negatives == 0 ? "" : "+unjudged" + negatives;
                out.add(new Variant("pointwise-2" + n + "@" + (int) lambda, new int[] {2}, false, lambda, negatives, 0));
                out.add(new Variant("pointwise-1,2" + n + "@" + (int) lambda, new int[] {1, 2}, false, lambda,
                        negatives, 0));
            }
        }
        out.add(new Variant("pairwise@10", new int[0], true, 10, 0, 0));
        out.add(new Variant("pairwise@100", new int[0], true, 100, 0, 0));
        List<Variant> learned = List.copyOf(out.subList(0, 4));
        for (double residual : new double[] {0.1, 0.2, 0.4}) {
            for (Variant v : learned) {
                out.add(new Variant("semantic-gap+" + v.name() + "x" + residual, v.thresholds(), false, v.lambda(),
                        v.negatives(), residual));
            }
        }
        return out;
    }

    /** metrics.json. */
    record Metrics(String data, int learners, int folds, long seed, JudgedRankerSelection.Diagnosis diagnosis,
            List<JudgedRankerSelection.Row> crossValidation, String chosen) {
    }

    @Override
    public Integer call() throws IOException {
        if (folds < 2) {
            throw new UserFacingException("--folds: must be >= 2, got " + folds);
        }
        CredpathHome home = CredpathHome.locate();
        Path judgedDir = home.datasets().resolve("judged");
        JudgedSet set = JudgedSetReader.read(judgedDir);
        List<JudgedLearner> learners = set.learners(Split.DEV);
        JudgedRankerSelection selection = new JudgedRankerSelection(new JudgedMetrics(set, 1, seed), Split.DEV);
        JudgedRankerTrainer trainer = new JudgedRankerTrainer(seed);
        List<LearnerPool> pools = pools(home, set, learners);
        JudgedRankerSelection.Diagnosis d = selection.diagnose(pools);
        printDiagnosis(d);
        List<JudgedRankerSelection.Row> rows = selection.compare(pools, variants(), trainer, folds, System.err);
        rows.forEach(r -> System.out.printf("cv %-24s %s%n", r.variant(), r.figures()));
        JudgedRankerSelection.Row best = rows.stream().skip(1)
                .max(Comparator.comparingDouble(r -> r.figures().get(JudgedMetrics.NDCG10))).orElseThrow();
        System.out.println("chosen by cross-validated nDCG@10: " + best.variant());
        Variant v = variants().stream().filter(x -> x.name().equals(best.variant())).findFirst().orElseThrow();
        if (runsOut != null) {
            System.out.println("out-of-fold run: " + EvalJudgedCommand.writeRun(runsOut, "cv-" + v.name(),
                    trainer.crossValidate(pools, v, folds, 10)));
        }
        if (cvOnly) {
            return 0;
        }
        JudgedRankerModel.Weights w = trainer.fit(pools, v);
        Path dir = out != null ? out : home.models().resolve(JudgedRankerModel.KIND);
        write(home, judgedDir, dir, w, v, new Metrics("judged by the team: datasets/judged, development half only ("
                + learners.size() + " learners); unjudged counted as not relevant", learners.size(), folds, seed, d,
                rows, v.name()));
        printWeights(w);
        System.out.println("train judged-ranker: " + v.name() + " fitted on all development learners -> " + dir);
        return 0;
    }

    /** The served default's candidates and the grades of every development learner, with their features. */
    private static List<LearnerPool> pools(CredpathHome home, JudgedSet set, List<JudgedLearner> learners) {
        try (RecommendEngine engine = RecommendEngine.load(home, null, System.err)) {
            CandidateCapture capture = new CandidateCapture(engine.loadModel(RecommendEngine.DEFAULT_MODEL));
            return LearnerPool.collect(engine.recommender(capture, RecommenderOptions.DEFAULTS), capture, learners, set,
                    engine.catalogue().credentials(), engine.relevanceFeatures(), System.err);
        }
    }

    private static void printDiagnosis(JudgedRankerSelection.Diagnosis d) {
        System.out.printf("diagnosis (dev): %d pairs graded >= 2: %d (%.1f %%) among the served candidates (%.0f per"
                + " learner), %d (%.1f %%) in the served top 10%n", d.relevant(), d.inCandidates(),
                100.0 * d.inCandidates() / d.relevant(), d.candidatesMean(), d.inTop10(), 100.0 * d.inTop10() / d.relevant());
        System.out.printf("diagnosis (dev): %d pairs graded 3: %d (%.1f %%) among the candidates, %d (%.1f %%) in the"
                + " top 10%n", d.excellent(), d.excellentInCandidates(), 100.0 * d.excellentInCandidates() / d.excellent(),
                d.excellentInTop10(), 100.0 * d.excellentInTop10() / d.excellent());
        System.out.println("diagnosis (dev): served order " + d.served());
        System.out.println("diagnosis (dev): candidates in grade order (re-ranking ceiling) " + d.oracle());
    }

    private static void printWeights(JudgedRankerModel.Weights w) {
        for (JudgedRankerModel.Head h : w.heads()) {
            System.out.println("head " + h.name() + " (standardised coefficients), intercept "
                    + String.format(java.util.Locale.ROOT, "%.3f", h.intercept()));
            for (int j = 0; j < w.features().size(); j++) {
                System.out.printf(java.util.Locale.ROOT, "  %-22s %+.3f%n", w.features().get(j), h.coefficients()[j]);
            }
        }
    }

    private void write(CredpathHome home, Path judgedDir, Path dir, JudgedRankerModel.Weights w, Variant v,
            Metrics metrics) throws IOException {
        Files.createDirectories(dir);
        var json = ExchangeJson.mapper().writerWithDefaultPrettyPrinter();
        Files.writeString(dir.resolve(JudgedRankerModel.WEIGHTS), json.writeValueAsString(w));
        Files.writeString(dir.resolve("metrics.json"), json.writeValueAsString(metrics));
        List<ModelProvenance.DataFile> data = new ArrayList<>();
        data.add(ModelProvenance.file(home.root(), judgedDir.resolve("learners.jsonl").toAbsolutePath()));
        try (var files = Files.list(judgedDir.resolve("judgments"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                data.add(ModelProvenance.file(home.root(), f.toAbsolutePath()));
            }
        }
        Map<String, Double> headline = new LinkedHashMap<>();
        metrics.crossValidation().stream().filter(r -> r.variant().equals(v.name())).findFirst()
                .ifPresent(r -> r.figures().forEach((k, x) -> headline.put("cv " + k, x)));
        ModelProvenance.create(JudgedRankerModel.KIND, "Smile L2 logistic regression (" + v.name() + ")",
                "./credpath train judged-ranker --folds " + folds + " --seed " + seed, data, seed, v, List.of("smile"),
                home.root(), headline, Map.of("features", w.features())).write(dir);
    }
}
