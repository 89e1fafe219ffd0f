package org.credpath.engine.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The figures of one model in one evaluation run (the JSON object under {@code models.<name>}). */
@JsonPropertyOrder({"ndcg@10", "recall@10", "mrr", "coverage", "ndcg@10_ci95"})
public record ModelMetrics(
        @JsonProperty("ndcg@10") double ndcg10,
        @JsonProperty("recall@10") double recall10,
        @JsonProperty("mrr") double mrr,
        @JsonProperty("coverage") double coverage,
        @JsonProperty("ndcg@10_ci95") double[] ndcg10Ci95) {

    public ModelMetrics {
        for (double v : new double[] {ndcg10, recall10, mrr, coverage}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("metric values must lie in [0, 1], got " + v);
            }
        }
        if (ndcg10Ci95 == null || ndcg10Ci95.length != 2 || ndcg10Ci95[0] > ndcg10Ci95[1]) {
            throw new IllegalArgumentException("ndcg@10_ci95 must be [lo, hi] with lo <= hi");
        }
        ndcg10Ci95 = ndcg10Ci95.clone();
    }

    /** The value of a metric by its report name ({@code ndcg@10}, {@code recall@10}, {@code mrr}, {@code coverage}). */
    public double get(String metric) {
        return switch (metric) {
            case "ndcg@10" -> ndcg10;
            case "recall@10" -> recall10;
            case "mrr" -> mrr;
            case "coverage" -> coverage;
            default -> throw new IllegalArgumentException("unknown metric '" + metric
                    + "': expected ndcg@10, recall@10, mrr or coverage");
        };
    }
}
