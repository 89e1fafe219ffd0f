package org.credpath.engine.labour.title;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Chooses {@link FusionWeights} on tuning data only: the dev half of the messy-title set and the
 * held-out slice of {@code titles.csv} (never the messy test half, never {@code titles.test.csv}).
 * The ranked lists of every title are computed once; each setting only re-fuses them.
 */
public final class FusionTuning {

    /** One setting with its metrics on both tuning sets; the objective is the mean of the two MRRs. */
    public record Trial(FusionWeights weights, TitleMetrics messyDev, TitleMetrics heldOut, double objective) {
    }

    /** A tuning set: its titles, judgements, and the resolver's lists for each title. */
    public record Prepared(List<TitleEvaluation.Judged> judged, List<FusedTitleResolver.RankedLists> lists) {
    }

    private FusionTuning() {
    }

    public static Prepared prepare(FusedTitleResolver resolver, List<TitleEvaluation.Judged> judged, Consumer<String> progress) {
        List<FusedTitleResolver.RankedLists> lists = new ArrayList<>(judged.size());
        for (int i = 0; i < judged.size(); i++) {
            lists.add(resolver.lists(judged.get(i).title()));
            if ((i + 1) % 500 == 0) {
                progress.accept(String.format("lists for %,d / %,d titles", i + 1, judged.size()));
            }
        }
        return new Prepared(judged, lists);
    }

    /** Metrics of the fused ranking under {@code weights} on a prepared set. */
    public static TitleMetrics evaluate(FusedTitleResolver resolver, FusionWeights weights, Prepared set) {
        FusedTitleResolver r = resolver.withWeights(weights);
        List<FusedTitleResolver.RankedLists> lists = set.lists();
        TitleResolver fixed = new TitleResolver() {
            private int next;

            @Override
            public List<ScoredOccupation> resolve(String title, int k) {
                return r.fuse(lists.get(next++), k).ranked();
            }
        };
        return TitleEvaluation.evaluateJudged(fixed, set.judged(), n -> { });
    }

    /** Every setting of {@code grid} on both sets; best objective first. */
    public static List<Trial> grid(FusedTitleResolver resolver, Prepared messyDev, Prepared heldOut,
                                   List<FusionWeights> grid, Consumer<String> progress) {
        List<Trial> trials = new ArrayList<>();
        for (FusionWeights w : grid) {
            TitleMetrics m = evaluate(resolver, w, messyDev);
            TitleMetrics h = evaluate(resolver, w, heldOut);
            trials.add(new Trial(w, m, h, (m.mrr() + h.mrr()) / 2));
        }
        trials.sort(Comparator.comparingDouble(Trial::objective).reversed());
        trials.stream().limit(5).forEach(t -> progress.accept(String.format(
                "%s -> messy dev mrr %.4f top1 %.4f, held-out mrr %.4f top1 %.4f", t.weights(), t.messyDev().mrr(),
                t.messyDev().top1(), t.heldOut().mrr(), t.heldOut().top1())));
        return trials;
    }

    /** The grid searched for {@link FusionWeights#DEFAULT} (evidence weight fixed at 1). */
    public static List<FusionWeights> defaultGrid() {
        List<FusionWeights> g = new ArrayList<>();
        for (double enc : new double[]{0, 0.25, 0.5, 1}) {
            for (double exact : new double[]{0, 0.5, 1}) {
                for (double vacancy : new double[]{0, 0.25, 0.5, 1}) {
                    for (double prior : new double[]{0, 0.05, 0.1, 0.2}) {
                        for (double rewrite : new double[]{1, 2}) {
                            for (double k : new double[]{1, 5, 30}) {
                                g.add(new FusionWeights(1, enc, exact, vacancy, prior, rewrite, k,
                                        FusionWeights.DEFAULT.lowConfidence()));
                            }
                        }
                    }
                }
            }
        }
        return g;
    }
}
