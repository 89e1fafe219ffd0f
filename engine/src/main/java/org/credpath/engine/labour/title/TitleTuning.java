package org.credpath.engine.labour.title;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.credpath.engine.labour.esco.Esco;

/**
 * Chooses {@link EvidenceWeights} on a held-out slice of the training titles ({@code titles.csv}),
 * never on the test split: the training titles are shuffled with a seed, {@code heldOutShare} of
 * them are held out as queries and the rest serve as vacancy evidence.
 */
public final class TitleTuning {

    /** One evaluated setting. */
    public record Trial(EvidenceWeights weights, TitleMetrics metrics) {
    }

    private TitleTuning() {
    }

    /** Splits {@code titles} into (evidence, held-out) with a seeded shuffle. */
    public static List<List<VacancyTitle>> split(List<VacancyTitle> titles, double heldOutShare, long seed) {
        if (!(heldOutShare > 0 && heldOutShare < 1)) {
            throw new IllegalArgumentException("held-out share must be in (0, 1), got " + heldOutShare);
        }
        List<VacancyTitle> shuffled = new ArrayList<>(titles);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        int cut = (int) Math.round(shuffled.size() * (1 - heldOutShare));
        return List.of(List.copyOf(shuffled.subList(0, cut)), List.copyOf(shuffled.subList(cut, shuffled.size())));
    }

    /** Evaluates every grid setting on the held-out slice; best MRR first. */
    public static List<Trial> grid(Esco esco, List<TitleEvidence> fixedEvidence, List<VacancyTitle> train,
                                   double heldOutShare, long seed, List<EvidenceWeights> grid, Consumer<String> progress) {
        List<List<VacancyTitle>> parts = split(train, heldOutShare, seed);
        List<TitleEvidence> evidence = new ArrayList<>(fixedEvidence);
        evidence.addAll(TitleEvidenceSources.vacancies(parts.get(0)));
        EvidenceTitleResolver base = new EvidenceTitleResolver(esco, evidence, grid.getFirst());
        List<Trial> trials = new ArrayList<>();
        for (EvidenceWeights w : grid) {
            TitleMetrics m = TitleEvaluation.evaluate(base.withWeights(w), parts.get(1), n -> { });
            progress.accept(String.format("%s -> mrr %.4f top1 %.4f top10 %.4f", w, m.mrr(), m.top1(), m.top10()));
            trials.add(new Trial(w, m));
        }
        trials.sort(Comparator.comparingDouble((Trial t) -> t.metrics().mrr()).reversed());
        return trials;
    }

    /** The grid searched for {@link EvidenceWeights#DEFAULT} (ESCO preferred labels fixed at weight 1). */
    public static List<EvidenceWeights> defaultGrid() {
        List<EvidenceWeights> g = new ArrayList<>();
        for (double sharp : new double[]{2, 3, 4}) {
            for (double onet : new double[]{0, 0.05}) {
                for (double alt : new double[]{0.2, 0.5}) {
                    for (double doc : new double[]{0, 0.3}) {
                        for (double vacancy : new double[]{1}) {
                            g.add(new EvidenceWeights(1, alt, alt / 2, onet, vacancy, doc, sharp, 200));
                        }
                    }
                }
            }
        }
        return g;
    }
}
