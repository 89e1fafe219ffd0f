package org.credpath.engine.eval;

import java.util.List;
import java.util.Set;

/** A ranking metric: scores one ranked list of credential ids against the set that is relevant. */
public interface Metric {

    /** The metric's name as it appears in reports, e.g. {@code ndcg@10}. */
    String name();

    /** The value for one ranked list, in [0, 1]. An empty {@code relevant} set scores 0. */
    double evaluate(List<String> ranked, Set<String> relevant);

    /** NDCG at {@code k} with binary relevance and log2 discounts. */
    static Metric ndcg(int k) {
        return new Ndcg(k);
    }

    /** Share of the relevant ids found in the top {@code k}. */
    static Metric recall(int k) {
        return new Recall(k);
    }

    /** Reciprocal rank of the first relevant id in the whole list (0 when none is found). */
    static Metric mrr() {
        return new ReciprocalRank();
    }

    /** NDCG@k; see {@link Metric#ndcg(int)}. */
    record Ndcg(int k) implements Metric {
        public Ndcg {
            if (k < 1) {
                throw new IllegalArgumentException("ndcg cutoff k must be >= 1, got " + k);
            }
        }

        @Override
        public String name() {
            return "ndcg@" + k;
        }

        @Override
        public double evaluate(List<String> ranked, Set<String> relevant) {
            if (relevant.isEmpty()) {
                return 0;
            }
            double dcg = 0;
            int n = Math.min(k, ranked.size());
            for (int i = 0; i < n; i++) {
                if (relevant.contains(ranked.get(i))) {
                    dcg += discount(i);
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(k, relevant.size()); i++) {
                ideal += discount(i);
            }
            return dcg / ideal;
        }

        private static double discount(int zeroBasedRank) {
            return 1.0 / (Math.log(zeroBasedRank + 2) / Math.log(2));
        }
    }

    /** Recall@k; see {@link Metric#recall(int)}. */
    record Recall(int k) implements Metric {
        public Recall {
            if (k < 1) {
                throw new IllegalArgumentException("recall cutoff k must be >= 1, got " + k);
            }
        }

        @Override
        public String name() {
            return "recall@" + k;
        }

        @Override
        public double evaluate(List<String> ranked, Set<String> relevant) {
            if (relevant.isEmpty()) {
                return 0;
            }
            int hits = 0;
            for (int i = 0; i < Math.min(k, ranked.size()); i++) {
                if (relevant.contains(ranked.get(i))) {
                    hits++;
                }
            }
            return (double) hits / relevant.size();
        }
    }

    /** MRR over the full list; see {@link Metric#mrr()}. */
    record ReciprocalRank() implements Metric {
        @Override
        public String name() {
            return "mrr";
        }

        @Override
        public double evaluate(List<String> ranked, Set<String> relevant) {
            for (int i = 0; i < ranked.size(); i++) {
                if (relevant.contains(ranked.get(i))) {
                    return 1.0 / (i + 1);
                }
            }
            return 0;
        }
    }
}
