package org.credpath.engine.labour.title;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.apache.lucene.util.VectorUtil;
import org.credpath.engine.labour.Labels;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.text.TextEncoder;
import org.credpath.engine.text.VectorCache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Nearest ESCO occupations of a title by the sentence encoder's cosine similarity. In
 * {@link Mode#LABELS} every preferred, alternative and hidden label is its own vector and an
 * occupation scores its best label; in {@link Mode#DOCUMENTS} an occupation is one vector of its
 * preferred label and description ({@link EscoOccupation#labelAndDescription}). Vectors are encoded once and
 * kept in a {@link VectorCache}; query vectors are remembered (bounded). The exhaustive scan uses
 * Lucene's SIMD dot product.
 */
public final class EncoderTitleIndex {

    /** What is embedded per occupation. */
    public enum Mode { LABELS, DOCUMENTS }

    static final int QUERY_CACHE = 20_000;

    private final TextEncoder encoder;
    private final List<String> uris;
    private final List<String> texts;
    private final int[] owner;
    private final boolean[] preferred;
    private final float[][] vectors;
    private final int dims;
    private final Cache<String, float[]> queries = Caffeine.newBuilder().maximumSize(QUERY_CACHE).build();

    /** A preferred label beats an equal alternative label of another occupation by this much ("electrician"). */
    static final double PREFERRED_TIE_BREAK = 1e-6;

    EncoderTitleIndex(TextEncoder encoder, List<String> uris, List<String> texts, int[] owner, boolean[] preferred,
                      float[][] rows) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.uris = List.copyOf(uris);
        this.texts = List.copyOf(texts);
        this.owner = owner.clone();
        this.preferred = preferred.clone();
        this.dims = encoder.dimensions();
        if (rows.length != owner.length || texts.size() != owner.length || preferred.length != owner.length) {
            throw new IllegalArgumentException(rows.length + " vectors for " + owner.length + " texts");
        }
        this.vectors = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != dims) {
                throw new IllegalArgumentException("vector " + i + " has " + rows[i].length + " dimensions, encoder has " + dims);
            }
            vectors[i] = rows[i].clone();
        }
    }

    /** The texts of each occupation in {@code mode}, with the occupation ordinal of each text. */
    record Texts(List<String> uris, List<String> texts, int[] owner, boolean[] preferred) {
    }

    static Texts texts(Esco esco, Mode mode) {
        List<String> uris = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Boolean> preferred = new ArrayList<>();
        for (EscoOccupation o : esco.occupations()) {
            int ord = uris.size();
            uris.add(o.uri());
            if (mode == Mode.DOCUMENTS) {
                texts.add(o.labelAndDescription());
                owner.add(ord);
                preferred.add(true);
                continue;
            }
            Map<String, String> labels = new java.util.LinkedHashMap<>();
            for (String l : concat(o)) {
                labels.putIfAbsent(Labels.normalise(l), l.strip());
            }
            labels.remove("");
            String pref = Labels.normalise(o.preferredLabel());
            for (var l : labels.entrySet()) {
                texts.add(l.getValue());
                owner.add(ord);
                preferred.add(l.getKey().equals(pref));
            }
        }
        boolean[] pref = new boolean[preferred.size()];
        for (int i = 0; i < pref.length; i++) {
            pref[i] = preferred.get(i);
        }
        return new Texts(uris, texts, owner.stream().mapToInt(Integer::intValue).toArray(), pref);
    }

    private static List<String> concat(EscoOccupation o) {
        List<String> all = new ArrayList<>();
        all.add(o.preferredLabel());
        all.addAll(o.altLabels());
        all.addAll(o.hiddenLabels());
        return all;
    }

    /** Encodes (or reads from {@code cacheDir}) the occupation texts of {@code mode}. */
    public static EncoderTitleIndex build(Esco esco, Mode mode, TextEncoder encoder, Path cacheDir, Consumer<String> progress) {
        Texts t = texts(esco, mode);
        String name = mode == Mode.LABELS ? "esco-occupation-labels" : "esco-occupation-documents";
        float[][] rows = new VectorCache(cacheDir).vectors(name, encoder, t.texts(), progress);
        return new EncoderTitleIndex(encoder, t.uris(), t.texts(), t.owner(), t.preferred(), rows);
    }

    /**
     * An index of other known titles (e.g. labelled vacancy titles), each voting for its occupation
     * with its own vector; encoded once and cached under {@code name}.
     */
    public static EncoderTitleIndex ofTitles(List<TitleEvidence> titles, String name, TextEncoder encoder, Path cacheDir,
                                             Consumer<String> progress) {
        List<String> texts = titles.stream().map(TitleEvidence::title).toList();
        float[][] rows = new VectorCache(cacheDir).vectors(name, encoder, texts, progress);
        return ofTitles(titles, encoder, rows);
    }

    private static EncoderTitleIndex ofTitles(List<TitleEvidence> titles, TextEncoder encoder, float[][] rows) {
        Map<String, Integer> ordinals = new java.util.HashMap<>();
        List<String> uris = new ArrayList<>();
        int[] owner = new int[titles.size()];
        for (int i = 0; i < titles.size(); i++) {
            owner[i] = ordinals.computeIfAbsent(titles.get(i).occupationUri(), u -> {
                uris.add(u);
                return uris.size() - 1;
            });
        }
        return new EncoderTitleIndex(encoder, uris, titles.stream().map(TitleEvidence::title).toList(), owner,
                new boolean[owner.length], rows);
    }

    /** An index of {@code titles} reusing this index's vectors for texts it holds (tuning on a slice); others are encoded. */
    public EncoderTitleIndex reuse(List<TitleEvidence> titles) {
        Map<String, float[]> known = new java.util.HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            known.putIfAbsent(texts.get(i), vectors[i]);
        }
        float[][] rows = new float[titles.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = known.computeIfAbsent(titles.get(i).title(), encoder::encode);
        }
        return ofTitles(titles, encoder, rows);
    }

    public TextEncoder encoder() {
        return encoder;
    }

    /** How many vectors are searched. */
    public int size() {
        return owner.length;
    }

    /** The {@code k} occupations closest to {@code title}, best first (cosine, best text per occupation). */
    public List<ScoredOccupation> nearest(String title, int k) {
        String key = title == null ? "" : Labels.normalise(title);
        if (key.isEmpty() && title != null) {
            key = title.strip();
        }
        if (key.isEmpty() || k <= 0) {
            return List.of();
        }
        return nearest(queries.get(key, encoder::encode), k);
    }

    /** The {@code k} occupations closest to a unit query vector, best first. */
    public List<ScoredOccupation> nearest(float[] q, int k) {
        if (q.length != dims) {
            throw new IllegalArgumentException("query has " + q.length + " dimensions, index has " + dims);
        }
        double[] best = new double[uris.size()];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < owner.length; i++) {
            double s = VectorUtil.dotProduct(q, vectors[i]) + (preferred[i] ? PREFERRED_TIE_BREAK : 0);
            if (s > best[owner[i]]) {
                best[owner[i]] = s;
            }
        }
        PriorityQueue<Integer> top = new PriorityQueue<>((a, b) -> Double.compare(best[a], best[b]));
        for (int o = 0; o < best.length; o++) {
            if (best[o] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            top.add(o);
            if (top.size() > k) {
                top.poll();
            }
        }
        List<ScoredOccupation> out = new ArrayList<>(top.size());
        while (!top.isEmpty()) {
            int o = top.poll();
            out.add(new ScoredOccupation(uris.get(o), best[o]));
        }
        java.util.Collections.reverse(out);
        return out;
    }
}
