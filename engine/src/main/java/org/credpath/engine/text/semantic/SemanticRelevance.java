package org.credpath.engine.text.semantic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.text.TextEncoder;
import org.credpath.engine.text.VectorCache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How close a credential's text is in meaning to a goal (an occupation's label and description),
 * by the encoder's cosine similarity. Credential vectors are computed once per catalogue (cached on
 * disk by {@link VectorCache}); a credential not seen at construction (a tenant's addition) is
 * encoded on first use and remembered. Occupation vectors are remembered per URI (ESCO bounds
 * their number).
 */
public final class SemanticRelevance {

    /** Texts of credentials outside the catalogue (tenant additions, edits) remembered at most. */
    static final int EXTRA_TEXTS = 50_000;
    /** Short texts (a learner's interests) remembered at most. */
    static final int PHRASES = 10_000;
    /** Reference goals a credential's hubness averages over (its nearest ones). */
    static final int HUB_NEIGHBOURS = 10;
    /**
     * Entries of remembered catalogue orders at most, summed over goals (12 bytes each: about 48 MB; 2,392 goals on
     * the 1,672 shipped credentials).
     */
    static final long RANKED = 4_000_000;

    /** A credential and its cosine similarity to a goal. */
    public record Scored(Credential credential, double similarity) {
    }

    private final TextEncoder encoder;
    private final List<Credential> catalogue;
    private final Map<String, float[]> byId;
    private final Map<String, Credential> credentials;
    private final Cache<String, float[]> extra = Caffeine.newBuilder().maximumSize(EXTRA_TEXTS).build();
    private final Map<String, float[]> occupations = new ConcurrentHashMap<>();
    private final Cache<String, float[]> phrases = Caffeine.newBuilder().maximumSize(PHRASES).build();
    /** Orders of the catalogue by goal vector, compared by identity (weak keys): at most {@value #RANKED} credentials' worth. */
    private final Cache<float[], Ranking> rankings = Caffeine.newBuilder().weakKeys()
            .maximumWeight(RANKED).weigher((float[] g, Ranking r) -> r.order().length).build();

    public SemanticRelevance(TextEncoder encoder, List<Credential> catalogue, float[][] vectors) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.catalogue = List.copyOf(catalogue);
        if (vectors.length != catalogue.size()) {
            throw new IllegalArgumentException("vectors: " + vectors.length + " for " + catalogue.size() + " credentials");
        }
        this.byId = new HashMap<>();
        this.credentials = new HashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            byId.put(catalogue.get(i).id(), vectors[i]);
            credentials.put(catalogue.get(i).id(), catalogue.get(i));
        }
    }

    /** Encodes (or reads from {@code cacheDir}) the vectors of {@code catalogue}. */
    public static SemanticRelevance of(TextEncoder encoder, Path cacheDir, List<Credential> catalogue,
            Consumer<String> progress) {
        List<String> texts = catalogue.stream().map(EncoderTexts::credential).toList();
        float[][] vectors = new VectorCache(cacheDir).vectors("credentials", encoder, texts, progress);
        return new SemanticRelevance(encoder, catalogue, vectors);
    }

    public TextEncoder encoder() {
        return encoder;
    }

    /** The goal vector of an occupation. */
    public float[] occupation(EscoOccupation o) {
        return occupations.computeIfAbsent(o.uri(), u -> encoder.encode(EncoderTexts.occupation(o)));
    }

    /**
     * The vector of a short phrase such as a learner's interest ("Excel", "legal tech"), remembered (at most
     * {@value #PHRASES}) because the same learner asks again and interests repeat across learners.
     */
    public float[] phrase(String text) {
        return phrases.get(text, encoder::encode);
    }

    /**
     * How close a credential is to goals in general (its hubness): the mean of its {@value #HUB_NEIGHBOURS}
     * highest cosines to {@code reference} goal vectors (CSLS, Conneau et al. 2018). A credential whose text
     * sits near every occupation's description (a generic business or operations course) scores high; a
     * topical one scores high only near its own goals. Not remembered: the caller keeps it beside its reference.
     */
    public double hubness(Credential c, float[][] reference) {
        return meanOfTop(vector(c), reference, HUB_NEIGHBOURS);
    }

    static double meanOfTop(float[] v, float[][] reference, int k) {
        int n = Math.min(k, reference.length);
        if (n == 0) {
            return 0;
        }
        double[] top = new double[n];
        java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (float[] r : reference) {
            double s = TextEncoder.dot(v, r);
            if (s > top[n - 1]) {
                int i = n - 1;
                while (i > 0 && top[i - 1] < s) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = s;
            }
        }
        double sum = 0;
        for (double t : top) {
            sum += t;
        }
        return sum / n;
    }

    /** Cosine similarity of a credential to the goal. */
    public double similarity(float[] goal, Credential c) {
        return TextEncoder.dot(goal, vector(c));
    }

    /**
     * The {@code k} catalogue credentials closest to the goal among those {@code keep} accepts, best first (ties by
     * id). The whole catalogue's order for a goal vector is worked out once and remembered by the vector's identity
     * ({@link #occupation} and {@link #phrase} hand out the same array for the same goal), so asking again only
     * walks that order until {@code k} are accepted.
     */
    public List<Scored> nearest(float[] goal, int k, Predicate<Credential> keep) {
        Ranking ranking = rankings.get(goal, this::rank);
        List<Scored> out = new ArrayList<>(Math.min(k, ranking.order().length));
        for (int i = 0; i < ranking.order().length && out.size() < k; i++) {
            int c = ranking.order()[i];
            if (keep.test(catalogue.get(c))) {
                out.add(new Scored(catalogue.get(c), ranking.similarity()[c]));
            }
        }
        return out;
    }

    /** The catalogue in order of closeness to a goal (by index), and each credential's cosine to it. */
    private record Ranking(int[] order, double[] similarity) {
    }

    private Ranking rank(float[] goal) {
        double[] sim = new double[catalogue.size()];
        List<Integer> order = new ArrayList<>(sim.length);
        for (int i = 0; i < sim.length; i++) {
            sim[i] = TextEncoder.dot(goal, byId.get(catalogue.get(i).id()));
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> sim[i]).reversed()
                .thenComparing(i -> catalogue.get(i).id()));
        return new Ranking(order.stream().mapToInt(Integer::intValue).toArray(), sim);
    }

    private float[] vector(Credential c) {
        float[] v = byId.get(c.id());
        if (v != null && c.equals(credentials.get(c.id()))) {
            return v;
        }
        return extra.get(EncoderTexts.credential(c), encoder::encode);
    }
}
