package org.credpath.engine.eval.judged;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.recommend.RelevanceFeatures;

/**
 * {@code eval judged --candidates-out DIR}: every served candidate of every learner (retrieved and filtered,
 * before truncation to k) as one TSV line: learner, credential, its position in retrieval order, the serving
 * model's score and rank, what an adviser reads on the listing (type, level, hours, cost state and amount,
 * provider, language) and the {@link RelevanceFeatures}. Grades are not written: join them from
 * {@code datasets/judged/judgments/} (development half only when designing).
 */
public final class CandidateDump implements AutoCloseable {

    static final List<String> LISTING = List.of("learnerId", "credentialId", "retrievalRank", "modelScore", "modelRank",
            "title", "type", "level", "hours", "costState", "costUsd", "provider", "language");

    private final BufferedWriter out;

    public CandidateDump(Path dir, String model) throws IOException {
        Files.createDirectories(dir);
        out = Files.newBufferedWriter(dir.resolve(model.replaceAll("[^A-Za-z0-9._@,-]", "-") + ".candidates.tsv"));
        out.write(String.join("\t", LISTING) + "\t" + String.join("\t", RelevanceFeatures.NAMES) + "\n");
    }

    /** One learner's candidates (a {@link LearnerPool}'s candidate part). */
    public void write(LearnerPool pool) throws IOException {
        List<String> order = pool.top(pool.candidateScores(), pool.candidates().size());
        for (int i = 0; i < pool.candidates().size(); i++) {
            Credential c = pool.candidates().get(i);
            Cost cost = c.cost();
            StringBuilder sb = new StringBuilder();
            sb.append(pool.learnerId()).append('\t').append(c.id()).append('\t').append(i + 1).append('\t')
                    .append(num(pool.candidateScores()[i])).append('\t').append(order.indexOf(c.id()) + 1).append('\t')
                    .append(clean(c.title())).append('\t').append(c.credentialType().value()).append('\t')
                    .append(c.level() == null ? "" : c.level().value()).append('\t')
                    .append(c.hours() == null ? "" : num(c.hours())).append('\t').append(cost.state().value())
                    .append('\t').append(cost.amount() == null ? "" : num(cost.amount())).append('\t')
                    .append(clean(c.provider())).append('\t').append(clean(c.language()));
            for (double f : pool.candidateRows()[i]) {
                sb.append('\t').append(num(f));
            }
            out.write(sb.append('\n').toString());
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
