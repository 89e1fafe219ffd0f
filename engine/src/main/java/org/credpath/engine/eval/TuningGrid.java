package org.credpath.engine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.credpath.engine.rank.ColumnRanker;
import org.credpath.engine.rank.Dl4jOptions;
import org.credpath.engine.rank.Dl4jTrainer;
import org.credpath.engine.rank.FeatureSetup;
import org.credpath.engine.rank.LambdaMartOptions;
import org.credpath.engine.rank.LambdaMartRanker;
import org.credpath.engine.rank.PositionBias;
import org.credpath.engine.rank.Ranker;
import org.credpath.engine.rank.StandardFeatureExtractor;

/**
 * The documented settings {@code eval tune} compares (DL4J: position-bias weights, early stopping,
 * width; LambdaMART: rounds, depth, eta), plus popularity as a reference row.
 */
public final class TuningGrid {

    private TuningGrid() {
    }

    /** Round 1 (broad): bias-correction weight cap, early stopping, width; LambdaMART size. */
    public static List<Tuning.Candidate> round1(long seed, Consumer<String> progress) {
        Dl4jOptions base = historic(seed);
        Dl4jOptions early = base.withEpochs(30).withEarlyStopping(0.1, 3);
        List<Tuning.Candidate> out = new ArrayList<>();
        out.add(dl4j("dl4j ipw<=20 8ep h32", base, progress));
        out.add(dl4j("dl4j ipw<=5 8ep h32", base.withMaxWeight(5), progress));
        out.add(dl4j("dl4j no-ipw 8ep h32", base.withMaxWeight(1), progress));
        out.add(dl4j("dl4j no-ipw early h32", early.withMaxWeight(1), progress));
        out.add(dl4j("dl4j ipw<=5 early h32", early.withMaxWeight(5), progress));
        out.add(dl4j("dl4j no-ipw early h64", early.withMaxWeight(1).withHidden(64), progress));
        out.add(lambda(new LambdaMartOptions(100, 6, 0.1, seed)));
        out.add(lambda(new LambdaMartOptions(300, 6, 0.05, seed)));
        out.add(lambda(new LambdaMartOptions(200, 4, 0.1, seed)));
        out.add(lambda(new LambdaMartOptions(300, 8, 0.05, seed)));
        out.add(popularity());
        return out;
    }

    /** Round 2 (around round 1's best): small weight cap, slower learning; shallower LambdaMART. */
    public static List<Tuning.Candidate> round2(long seed, Consumer<String> progress) {
        Dl4jOptions early = historic(seed).withEpochs(30).withEarlyStopping(0.1, 3);
        List<Tuning.Candidate> out = new ArrayList<>();
        out.add(dl4j("dl4j no-ipw early h32", early.withMaxWeight(1), progress));
        out.add(dl4j("dl4j ipw<=2 early h32", early.withMaxWeight(2), progress));
        out.add(dl4j("dl4j no-ipw early lr0.001", early.withMaxWeight(1).withLearningRate(0.001).withEpochs(40),
                progress));
        out.add(dl4j("dl4j ipw<=20 early h32", early, progress));
        out.add(lambda(new LambdaMartOptions(200, 4, 0.1, seed)));
        out.add(lambda(new LambdaMartOptions(100, 4, 0.1, seed)));
        out.add(lambda(new LambdaMartOptions(200, 3, 0.1, seed)));
        out.add(lambda(new LambdaMartOptions(400, 3, 0.05, seed)));
        out.add(lambda(new LambdaMartOptions(100, 2, 0.1, seed)));
        out.add(popularity());
        return out;
    }

    /** A grid by its round number (1 or 2). */
    public static List<Tuning.Candidate> round(int round, long seed, Consumer<String> progress) {
        return switch (round) {
            case 1 -> round1(seed, progress);
            case 2 -> round2(seed, progress);
            default -> throw new IllegalArgumentException("--round must be 1 or 2, got " + round);
        };
    }

    /** The DL4J defaults before tuning (8 epochs, weights capped at 20), the grid's fixed starting point. */
    static Dl4jOptions historic(long seed) {
        return new Dl4jOptions(seed, 8, 32, 0.003, 10, 64, true);
    }

    private static Tuning.Candidate popularity() {
        return new Tuning.Candidate("popularity", s -> ColumnRanker.popularity(StandardFeatureExtractor.NAMES));
    }

    private static Tuning.Candidate dl4j(String name, Dl4jOptions options, Consumer<String> progress) {
        return new Tuning.Candidate(name, s -> trainDl4j(s, options, progress));
    }

    private static Ranker trainDl4j(FeatureSetup setup, Dl4jOptions options, Consumer<String> progress) {
        PositionBias bias = PositionBias.estimate(setup.sessions(), options.listSize());
        return new Dl4jTrainer(options).train(setup.extractor().featureNames(), setup.sessions(), bias,
                e -> progress.accept("  epoch " + e));
    }

    private static Tuning.Candidate lambda(LambdaMartOptions o) {
        return new Tuning.Candidate("lambdamart " + o.rounds() + "r d" + o.depth() + " eta" + o.eta(),
                s -> LambdaMartRanker.train(s.sessions(), s.extractor().featureNames().size(), o));
    }
}
