package org.credpath.engine.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import smile.feature.extraction.PCA;

/**
 * Distils a {@link StaticTable} from a transformer sentence encoder (Model2Vec-style): every vocabulary token is
 * encoded alone by the source model with its own pooling ({@link Teacher}), the token vectors are optionally
 * reduced by PCA (centred; Smile), and each token's vector is multiplied by its SIF weight {@code a / (a + p(t))},
 * {@code p(t)} its add-one smoothed frequency in a corpus tokenised by the same tokenizer. A text's vector is then
 * the weighted mean of its tokens' vectors ({@link StaticEncoder}). No step is random.
 */
public final class StaticDistiller {

    /** Tokens sent to the teacher at once. */
    static final int BATCH = 256;

    /**
     * @param dims dimensions kept by PCA (0 or the teacher's own: no PCA)
     * @param sif  the SIF constant {@code a} (larger: frequent tokens count more)
     */
    public record Options(int dims, double sif) {
        public Options {
            if (dims < 0) {
                throw new IllegalArgumentException("dims: must be >= 0 (0 = no PCA), got " + dims);
            }
            if (!(sif > 0) || !Double.isFinite(sif)) {
                throw new IllegalArgumentException("sif: must be a positive number, got " + sif);
            }
        }
    }

    /** The source model: each token id encoded alone, with the model's own pooling. */
    public interface Teacher {
        int vocab();

        int dims();

        /** One vector per id, in order. */
        float[][] tokenVectors(int[] ids);
    }

    private StaticDistiller() {
    }

    /**
     * A distilled table.
     *
     * @param varianceKept the share of the token vectors' variance the PCA kept (1 without PCA)
     */
    public record Distilled(StaticTable table, double varianceKept) {
    }

    /**
     * The weighted token table.
     *
     * @param counts how often each token id occurs in the corpus ({@link #counts}); length = the teacher's vocabulary
     */
    public static Distilled distil(Teacher teacher, long[] counts, Options o, Consumer<String> progress) {
        if (counts.length != teacher.vocab()) {
            throw new IllegalArgumentException("counts: " + counts.length + " for a vocabulary of " + teacher.vocab());
        }
        double[][] vectors = tokenVectors(teacher, progress);
        double kept = 1;
        if (o.dims() > 0 && o.dims() < teacher.dims()) {
            PCA pca = PCA.fit(vectors);
            kept = pca.cumulativeVarianceProportion().get(o.dims() - 1);
            progress.accept(String.format(Locale.ROOT, "static encoder: PCA to %d dimensions keeps %.1f %% of the variance",
                    o.dims(), 100 * kept));
            vectors = pca.getProjection(o.dims()).apply(vectors);
        }
        double[] w = weights(counts, o.sif());
        int dims = vectors[0].length;
        float[] rows = new float[vectors.length * dims];
        for (int t = 0; t < vectors.length; t++) {
            for (int d = 0; d < dims; d++) {
                rows[t * dims + d] = (float) (w[t] * vectors[t][d]);
            }
        }
        return new Distilled(new StaticTable(vectors.length, dims, rows), kept);
    }

    private static double[][] tokenVectors(Teacher teacher, Consumer<String> progress) {
        int vocab = teacher.vocab();
        double[][] out = new double[vocab][];
        long t0 = System.nanoTime();
        for (int from = 0; from < vocab; from += BATCH) {
            int[] ids = new int[Math.min(BATCH, vocab - from)];
            final int base = from;
            Arrays.setAll(ids, i -> base + i);
            float[][] v = teacher.tokenVectors(ids);
            for (int i = 0; i < ids.length; i++) {
                if (v[i].length != teacher.dims()) {
                    throw new IllegalStateException("teacher: token " + ids[i] + " has " + v[i].length + " dimensions, not "
                            + teacher.dims());
                }
                out[ids[i]] = new double[v[i].length];
                for (int d = 0; d < v[i].length; d++) {
                    out[ids[i]][d] = v[i][d];
                }
            }
            if ((from / BATCH) % 20 == 19 || from + BATCH >= vocab) {
                progress.accept(String.format(Locale.ROOT, "static encoder: %,d / %,d tokens encoded (%.0f s)",
                        from + ids.length, vocab, (System.nanoTime() - t0) / 1e9));
            }
        }
        return out;
    }

    /** SIF weights {@code a / (a + p(t))}, {@code p(t) = (count + 1) / (total + vocab)}. */
    static double[] weights(long[] counts, double sif) {
        double total = counts.length;
        for (long c : counts) {
            total += c;
        }
        double[] w = new double[counts.length];
        for (int t = 0; t < counts.length; t++) {
            w[t] = sif / (sif + (counts[t] + 1) / total);
        }
        return w;
    }

    /** How often each token id occurs in {@code texts}, tokenised by {@code tokenize}. */
    public static long[] counts(int vocab, List<String> texts, Function<String, long[]> tokenize) {
        long[] counts = new long[vocab];
        for (String text : texts) {
            for (long t : tokenize.apply(text)) {
                if (t >= 0 && t < vocab) {
                    counts[(int) t]++;
                }
            }
        }
        return counts;
    }
}
