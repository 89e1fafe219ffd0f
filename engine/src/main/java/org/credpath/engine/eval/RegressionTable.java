package org.credpath.engine.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders regression files as the Markdown results table of the README. */
public final class RegressionTable {

    private static final List<String> METRICS = List.of("ndcg@10", "recall@10", "mrr", "coverage");

    private RegressionTable() {
    }

    public static String markdown(List<Regression> regressions) {
        StringBuilder sb = new StringBuilder();
        sb.append("| run (data) | model | ").append(String.join(" | ", METRICS)).append(" |\n");
        sb.append("|---|---|").append("---:|".repeat(METRICS.size())).append('\n');
        for (Regression r : regressions) {
            Map<String, Map<String, Double>> byModel = new LinkedHashMap<>();
            for (Regression.Expected e : r.expected()) {
                String row = e.protocol() == null ? e.model() : e.model() + " (" + e.protocol() + ")";
                byModel.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(e.metric(), e.value());
            }
            byModel.forEach((model, values) -> {
                List<String> cells = new ArrayList<>();
                for (String m : METRICS) {
                    Double v = values.get(m);
                    cells.add(v == null ? "" : String.format("%.4f", v));
                }
                sb.append("| ").append(r.name()).append(" (").append(r.data()).append(") | ").append(model)
                        .append(" | ").append(String.join(" | ", cells)).append(" |\n");
            });
        }
        return sb.toString();
    }
}
