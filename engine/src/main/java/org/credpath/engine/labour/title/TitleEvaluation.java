package org.credpath.engine.labour.title;

import java.util.List;
import java.util.function.IntConsumer;

/** Measures a {@link TitleResolver} on labelled vacancy titles. */
public final class TitleEvaluation {

    /** Ranks beyond this count as a miss for MRR. */
    public static final int CUTOFF = 100;

    private TitleEvaluation() {
    }

    public static TitleMetrics evaluate(TitleResolver resolver, List<VacancyTitle> titles, IntConsumer progress) {
        int top1 = 0;
        int top10 = 0;
        double rr = 0;
        for (int i = 0; i < titles.size(); i++) {
            VacancyTitle t = titles.get(i);
            List<ScoredOccupation> ranked = resolver.resolve(t.title(), CUTOFF);
            for (int r = 0; r < ranked.size(); r++) {
                if (ranked.get(r).uri().equals(t.occupationUri())) {
                    top1 += r == 0 ? 1 : 0;
                    top10 += r < 10 ? 1 : 0;
                    rr += 1.0 / (r + 1);
                    break;
                }
            }
            if ((i + 1) % 5000 == 0) {
                progress.accept(i + 1);
            }
        }
        int n = titles.size();
        return n == 0 ? new TitleMetrics(0, 0, 0, 0)
                : new TitleMetrics(n, (double) top1 / n, (double) top10 / n, rr / n);
    }
}
