package org.credpath.engine.recommend;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.text.semantic.SemanticRelevance;

/**
 * A fixed sample of ESCO occupations whose goal vectors tell how close a credential is to goals in
 * general ({@link SemanticRelevance#hubness}): the {@value #SIZE} occupations first in a seeded hash
 * order of their URIs (the same sample on every machine), encoded once, on first use.
 */
final class ReferenceGoals implements Supplier<float[][]> {

    static final int SIZE = 500;
    static final long SEED = 20261204L;

    private final Esco esco;
    private final SemanticRelevance relevance;
    private volatile float[][] vectors;

    ReferenceGoals(Esco esco, SemanticRelevance relevance) {
        this.esco = Objects.requireNonNull(esco, "esco");
        this.relevance = Objects.requireNonNull(relevance, "relevance");
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

    @Override
    public float[][] get() {
        float[][] v = vectors;
        if (v == null) {
            synchronized (this) {
                v = vectors;
                if (v == null) {
                    v = sample(esco).stream().map(relevance::occupation).toArray(float[][]::new);
                    vectors = v;
                }
            }
        }
        return v;
    }
}
