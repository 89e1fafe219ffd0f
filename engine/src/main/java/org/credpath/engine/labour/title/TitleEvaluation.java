package org.credpath.engine.labour.title;

import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/** Measures a {@link TitleResolver} on labelled titles (one or several accepted occupations each). */
public final class TitleEvaluation {

    /** Ranks beyond this count as a miss for MRR. */
    public static final int CUTOFF = 100;

    private TitleEvaluation() {
    }

    /** A title and the occupations accepted as its reading. */
    public record Judged(String title, Set<String> accepted) {
        public Judged {
            accepted = Set.copyOf(accepted);
        }
    }

    public static TitleMetrics evaluate(TitleResolver resolver, List<VacancyTitle> titles, IntConsumer progress) {
        return evaluateJudged(resolver, titles.stream().map(t -> new Judged(t.title(), Set.of(t.occupationUri()))).toList(),
                progress);
    }

    /** The rank of the first accepted occupation decides top-k and the reciprocal rank. */
    public static TitleMetrics evaluateJudged(TitleResolver resolver, List<Judged> titles, IntConsumer progress) {
        int top1 = 0;
        int top3 = 0;
        int top10 = 0;
        double rr = 0;
        for (int i = 0; i < titles.size(); i++) {
            Judged t = titles.get(i);
            int r = rank(resolver.resolve(t.title(), CUTOFF), t.accepted());
            if (r >= 0) {
                top1 += r == 0 ? 1 : 0;
                top3 += r < 3 ? 1 : 0;
                top10 += r < 10 ? 1 : 0;
                rr += 1.0 / (r + 1);
            }
            if ((i + 1) % 5000 == 0) {
                progress.accept(i + 1);
            }
        }
        int n = titles.size();
        return n == 0 ? new TitleMetrics(0, 0, 0, 0, 0)
                : new TitleMetrics(n, (double) top1 / n, (double) top3 / n, (double) top10 / n, rr / n);
    }

    /** 0-based rank of the first accepted occupation, or -1 when none is ranked. */
    public static int rank(List<ScoredOccupation> ranked, Set<String> accepted) {
        for (int r = 0; r < ranked.size(); r++) {
            if (accepted.contains(ranked.get(r).uri())) {
                return r;
            }
        }
        return -1;
    }
}
