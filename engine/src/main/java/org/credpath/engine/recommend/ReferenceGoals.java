package org.credpath.engine.recommend;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.Lazy;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.text.semantic.EncoderTexts;
import org.credpath.engine.text.semantic.SemanticRelevance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How close a credential is to goals in general (its hubness, {@link SemanticRelevance#hubness}), over a
 * fixed sample of ESCO occupations: the {@value #SIZE} first in a seeded hash order of their URIs (the same
 * sample on every machine), encoded on first use. Each credential's figure is remembered here, beside the
 * sample it was computed against.
 */
final class ReferenceGoals {

    static final int SIZE = 500;
    static final long SEED = 20261204L;
    /** Credential texts whose hubness is remembered, at most. */
    static final int REMEMBERED = 50_000;

    private final SemanticRelevance relevance;
    private final Lazy<float[][]> vectors;
    private final Cache<String, Double> hubness = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    ReferenceGoals(Esco esco, SemanticRelevance relevance) {
        Objects.requireNonNull(esco, "esco");
        this.relevance = Objects.requireNonNull(relevance, "relevance");
        this.vectors = new Lazy<>(() -> sample(esco).stream().map(relevance::occupation).toArray(float[][]::new));
    }

    /** The credential's hubness against this sample. */
    double hubness(Credential c) {
        return hubness.get(EncoderTexts.credential(c), t -> relevance.hubness(c, vectors.get()));
    }

    static List<EscoOccupation> sample(Esco esco) {
        return esco.occupations().stream()
                .sorted(Comparator.comparingLong((EscoOccupation o) -> mix(o.uri().hashCode() ^ SEED))
                        .thenComparing(EscoOccupation::uri))
                .limit(SIZE).toList();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
