package org.credpath.engine.skills;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.credpath.engine.labour.Labels;

/**
 * Unit-length skill vectors by token. ESCO skills are tokens {@code esco:<uuid>}; skill strings
 * that map to no ESCO skill keep their normalised text with spaces as underscores ({@code sql_queries}).
 * Stored 8-bit quantised (one scale per vector) and gzipped: {@code vectors.bin.gz}.
 */
public final class SkillEmbeddings {

    private static final int MAGIC = 0x43504538; // "CPE8": token, frequency, scale, bytes
    /** Function words (English, and Spanish/French/Portuguese ones common in course titles) never start a text token. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "and", "for", "with", "from",
            "into", "your", "you", "our", "how", "what", "why", "this", "that", "los", "las", "del", "para", "con", "una",
            "por", "les", "des", "une", "pour", "dans", "uma", "com", "das", "dos", "introduction", "introduccion");
    private static final String ESCO_PREFIX = "http://data.europa.eu/esco/skill/";

    /** A token and its cosine similarity to a query vector. */
    public record Neighbour(String token, double similarity) {
    }

    private final int dimension;
    private final List<String> tokens;
    private final Map<String, Integer> index;
    private final float[][] vectors;
    private final Map<String, Integer> frequencies;
    /** Rows of the ESCO skill tokens, in token order: {@link #nearestSkills} scans only these. */
    private final int[] escoRows;

    private SkillEmbeddings(int dimension, List<String> tokens, float[][] vectors, Map<String, Integer> frequencies) {
        this.dimension = dimension;
        this.tokens = List.copyOf(tokens);
        this.vectors = vectors;
        this.frequencies = Map.copyOf(frequencies);
        this.index = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            index.put(tokens.get(i), i);
        }
        this.escoRows = java.util.stream.IntStream.range(0, tokens.size())
                .filter(i -> this.tokens.get(i).startsWith("esco:")).toArray();
    }

    /** From raw vectors (copied and normalised); zero vectors are dropped; no frequencies. */
    public static SkillEmbeddings of(Map<String, float[]> raw) {
        return of(raw, Map.of());
    }

    /** From raw vectors and training-corpus frequencies of the tokens. */
    public static SkillEmbeddings of(Map<String, float[]> raw, Map<String, Integer> frequencies) {
        int dim = raw.values().stream().findFirst().map(v -> v.length).orElse(0);
        List<String> toks = new ArrayList<>();
        List<float[]> vecs = new ArrayList<>();
        raw.forEach((t, v) -> {
            if (v.length != dim) {
                throw new IllegalArgumentException("vector of '" + t + "' has dimension " + v.length + ", expected " + dim);
            }
            float[] u = normalised(v.clone());
            if (u != null) {
                toks.add(t);
                vecs.add(u);
            }
        });
        return new SkillEmbeddings(dim, toks, vecs.toArray(new float[0][]), frequencies);
    }

    /**
     * The same embeddings with their mean vector subtracted and renormalised. Word2Vec vectors share
     * a common direction; without centring a few rare skills sit close to every centroid ("hubs").
     */
    public SkillEmbeddings centred() {
        float[] mean = new float[dimension];
        for (float[] v : vectors) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += v[d] / vectors.length;
            }
        }
        Map<String, float[]> raw = new LinkedHashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            float[] c = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                c[d] = vectors[i][d] - mean[d];
            }
            raw.put(tokens.get(i), c);
        }
        return of(raw, frequencies);
    }

    /** The token of an ESCO skill URI. */
    public static String escoToken(String uri) {
        return uri.startsWith(ESCO_PREFIX) ? "esco:" + uri.substring(ESCO_PREFIX.length()) : uri;
    }

    /** The ESCO URI of a token, or empty for a free-text token. */
    public static Optional<String> escoUri(String token) {
        return token.startsWith("esco:") ? Optional.of(ESCO_PREFIX + token.substring(5)) : Optional.empty();
    }

    /** The token of a free-text skill string: normalised, spaces as underscores. */
    public static String textToken(String skill) {
        return Labels.normalise(skill).replace(' ', '_');
    }

    public int dimension() {
        return dimension;
    }

    /** How often the token occurred in the training corpus (0 when unknown). */
    public int frequency(String token) {
        return frequencies.getOrDefault(token, 0);
    }

    public int size() {
        return tokens.size();
    }

    public List<String> tokens() {
        return tokens;
    }

    /** A copy of the unit vector of {@code token}. */
    public Optional<float[]> vector(String token) {
        Integer i = index.get(token);
        return i == null ? Optional.empty() : Optional.of(vectors[i].clone());
    }

    public boolean contains(String token) {
        return index.containsKey(token);
    }

    /**
     * Free-text (non-ESCO) vocabulary tokens in {@code text}: word n-grams (up to 3 words, within
     * one clause) whose normalised form, spaces as underscores, is a token, e.g. {@code tableau}.
     */
    public List<String> textTokensIn(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[.;,|/()\\n]")) {
            String[] w = Labels.normalise(part).split(" ");
            for (int i = 0; i < w.length; i++) {
                StringBuilder g = new StringBuilder();
                for (int n = 0; n < 3 && i + n < w.length; n++) {
                    g.append(n == 0 ? "" : "_").append(w[i + n]);
                    String tok = g.toString();
                    if (tok.length() >= 3 && !FUNCTION_WORDS.contains(w[i]) && index.containsKey(tok)) {
                        out.add(tok);
                    }
                }
            }
        }
        return out;
    }

    /** The unit vector of an ESCO skill URI. */
    public Optional<float[]> skill(String uri) {
        return vector(escoToken(uri));
    }

    public double similarity(String a, String b) {
        Integer i = index.get(a);
        Integer j = index.get(b);
        return i == null || j == null ? 0 : dot(vectors[i], vectors[j]);
    }

    /** The {@code k} tokens most similar to {@code query} that pass {@code accept}, best first. */
    public List<Neighbour> nearest(float[] query, int k, Predicate<String> accept) {
        PriorityQueue<Neighbour> heap = new PriorityQueue<>(Comparator.comparingDouble(Neighbour::similarity));
        for (int i = 0; i < vectors.length; i++) {
            if (accept.test(tokens.get(i))) {
                offer(heap, k, i, query);
            }
        }
        return bestFirst(heap);
    }

    /**
     * The {@code k} ESCO skill tokens most similar to {@code query}, best first: the same as
     * {@code nearest(query, k, t -> t.startsWith("esco:"))} without visiting the free-text tokens
     * (the skill tagger runs it for every query).
     */
    public List<Neighbour> nearestSkills(float[] query, int k) {
        PriorityQueue<Neighbour> heap = new PriorityQueue<>(Comparator.comparingDouble(Neighbour::similarity));
        for (int i : escoRows) {
            offer(heap, k, i, query);
        }
        return bestFirst(heap);
    }

    private void offer(PriorityQueue<Neighbour> heap, int k, int row, float[] query) {
        double s = org.apache.lucene.util.VectorUtil.dotProduct(query, vectors[row]); // SIMD: ~10x the scalar loop
        if (heap.size() < k) {
            heap.add(new Neighbour(tokens.get(row), s));
        } else if (s > heap.peek().similarity()) {
            heap.poll();
            heap.add(new Neighbour(tokens.get(row), s));
        }
    }

    private static List<Neighbour> bestFirst(PriorityQueue<Neighbour> heap) {
        List<Neighbour> out = new ArrayList<>(heap);
        out.sort(Comparator.comparingDouble(Neighbour::similarity).reversed().thenComparing(Neighbour::token));
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Scales {@code v} to unit length in place; null when it is zero. */
    static float[] normalised(float[] v) {
        double n = Math.sqrt(dot(v, v));
        if (n == 0 || Double.isNaN(n)) {
            return null;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] / n);
        }
        return v;
    }

    /** Writes the 8-bit quantised vectors, gzipped. */
    public void save(Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(dimension);
            out.writeInt(tokens.size());
            byte[] q = new byte[dimension];
            for (int i = 0; i < tokens.size(); i++) {
                out.writeUTF(tokens.get(i));
                out.writeInt(frequency(tokens.get(i)));
                float max = 0;
                for (float x : vectors[i]) {
                    max = Math.max(max, Math.abs(x));
                }
                float scale = max / 127f;
                for (int d = 0; d < dimension; d++) {
                    q[d] = (byte) Math.round(vectors[i][d] / scale);
                }
                out.writeFloat(scale);
                out.write(q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write skill embeddings to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads vectors written by {@link #save(Path)}. */
    public static SkillEmbeddings load(Path file) {
        if (!Files.exists(file)) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString(), null,
                    "skill embeddings missing; run ./credpath train embeddings"));
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException(file + ": not a Credpath skill-embeddings file");
            }
            int dim = in.readInt();
            int n = in.readInt();
            Map<String, float[]> raw = new LinkedHashMap<>();
            Map<String, Integer> freq = new HashMap<>();
            byte[] q = new byte[dim];
            for (int i = 0; i < n; i++) {
                String t = in.readUTF();
                freq.put(t, in.readInt());
                float scale = in.readFloat();
                in.readFully(q);
                float[] v = new float[dim];
                for (int d = 0; d < dim; d++) {
                    v[d] = q[d] * scale;
                }
                raw.put(t, v);
            }
            return of(raw, freq);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read skill embeddings " + file + ": " + e.getMessage(), e);
        }
    }
}
