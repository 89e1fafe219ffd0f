package org.credpath.engine.skills;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.lucene.util.VectorUtil;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.text.TextEncoder;
import org.credpath.engine.text.VectorCache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * ESCO skills compared in meaning with a credential's candidate texts by the sentence encoder: each skill's
 * preferred label is encoded once (cached on disk by {@link VectorCache}); a text's vector comes from
 * {@link #preload} (a catalogue's texts, cached on disk) or is encoded on first use and remembered. Thread-safe
 * after {@link #preload}.
 */
public final class SemanticSkillMatcher {

    /** Texts outside a preloaded catalogue remembered at most. */
    static final int EXTRA_TEXTS = 50_000;

    /** A skill and its cosine similarity to a text. */
    public record Near(String uri, double similarity) {
    }

    private final TextEncoder encoder;
    private final VectorCache cache;
    private final List<String> uris;
    private final float[][] skills;
    private final Map<String, Integer> row = new HashMap<>();
    private final Cache<String, float[]> texts = Caffeine.newBuilder().maximumSize(EXTRA_TEXTS).build();
    private volatile Map<String, float[]> preloaded = Map.of();

    public SemanticSkillMatcher(TextEncoder encoder, VectorCache cache, Esco esco, Consumer<String> progress) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.uris = esco.skills().stream().map(EscoSkill::uri).sorted().toList();
        List<String> labels = uris.stream().map(u -> esco.skill(u).orElseThrow().preferredLabel()).toList();
        this.skills = cache.vectors("esco-skill-labels", encoder, labels, progress);
        for (int i = 0; i < uris.size(); i++) {
            row.put(uris.get(i), i);
        }
    }

    public static SemanticSkillMatcher of(TextEncoder encoder, Path cacheDir, Esco esco, Consumer<String> progress) {
        return new SemanticSkillMatcher(encoder, new VectorCache(cacheDir), esco, progress);
    }

    /** Encodes (or reads from the disk cache) the vectors of many texts at once, e.g. a whole catalogue's. */
    public void preload(List<String> all, Consumer<String> progress) {
        List<String> distinct = all.stream().distinct().toList();
        float[][] v = cache.vectors("tagger-texts", encoder, distinct, progress);
        Map<String, float[]> m = new HashMap<>(preloaded);
        for (int i = 0; i < v.length; i++) {
            m.put(distinct.get(i), v[i]);
        }
        preloaded = Map.copyOf(m);
    }

    /** The vector of a candidate text. */
    public float[] text(String t) {
        float[] v = preloaded.get(t);
        return v != null ? v : texts.get(t, encoder::encode);
    }

    /** Cosine similarity of a skill's label to a text vector (0 for a skill not in ESCO). */
    public double similarity(String uri, float[] text) {
        Integer i = row.get(uri);
        return i == null ? 0 : VectorUtil.dotProduct(skills[i], text);
    }

    /** The {@code k} skills whose labels are closest to a text vector, best first. */
    public List<Near> nearest(float[] text, int k) {
        List<Near> best = new ArrayList<>(k + 1);
        double floor = -2;
        for (int i = 0; i < skills.length; i++) {
            double s = VectorUtil.dotProduct(skills[i], text);
            if (best.size() < k || s > floor) {
                best.add(new Near(uris.get(i), s));
                best.sort(Comparator.comparingDouble(Near::similarity).reversed());
                if (best.size() > k) {
                    best.remove(k);
                }
                floor = best.get(best.size() - 1).similarity();
            }
        }
        return best;
    }
}
