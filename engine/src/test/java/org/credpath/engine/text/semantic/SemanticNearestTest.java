package org.credpath.engine.text.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.text.TextEncoder;
import org.junit.jupiter.api.Test;

/**
 * {@link SemanticRelevance#nearest} (the catalogue's order per goal remembered) answers exactly as scoring and
 * sorting the accepted credentials afresh does, for any filter and k, ties included, first and repeated asks.
 */
class SemanticNearestTest {

    static final int DIMS = 8;

    /** A seeded encoder: a text's vector is drawn from its hash (no model needed). */
    static final TextEncoder ENCODER = new TextEncoder() {
        @Override
        public String id() {
            return "hash-test";
        }

        @Override
        public int dimensions() {
            return DIMS;
        }

        @Override
        public float[] encode(String text) {
            SplittableRandom r = new SplittableRandom(text.hashCode());
            float[] v = new float[DIMS];
            for (int i = 0; i < DIMS; i++) {
                v[i] = (float) r.nextGaussian();
            }
            return v;
        }
    };

    /** The order as first defined: score every accepted credential, sort by cosine (high first), then id. */
    static List<String> fresh(List<Credential> catalogue, float[][] vectors, float[] goal, int k, Predicate<Credential> keep) {
        List<SemanticRelevance.Scored> all = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            if (keep.test(catalogue.get(i))) {
                all.add(new SemanticRelevance.Scored(catalogue.get(i), TextEncoder.dot(goal, vectors[i])));
            }
        }
        all.sort(Comparator.comparingDouble(SemanticRelevance.Scored::similarity).reversed()
                .thenComparing(s -> s.credential().id()));
        return all.subList(0, Math.min(k, all.size())).stream().map(s -> s.credential().id() + "=" + s.similarity()).toList();
    }

    @Test
    void rememberedOrdersAnswerAsAFreshSortForAnyFilterAndK() {
        SplittableRandom r = new SplittableRandom(3);
        List<Credential> catalogue = new ArrayList<>();
        float[][] vectors = new float[400][];
        for (int i = 0; i < vectors.length; i++) {
            catalogue.add(Credential.of("c" + r.nextInt(100_000) + "-" + i, "title " + i));
            // every fifth credential shares the vector of the one before: equal cosines, decided by id
            vectors[i] = i % 5 == 4 ? vectors[i - 1] : ENCODER.encode("v" + i);
        }
        SemanticRelevance relevance = new SemanticRelevance(ENCODER, catalogue, vectors);
        List<float[]> goals = List.of(relevance.phrase("data analysis"), relevance.phrase("welding"),
                ENCODER.encode("payroll"));
        int compared = 0;
        for (int round = 0; round < 3; round++) {
            for (float[] goal : goals) {
                for (int k : new int[] {0, 1, 7, 50, 399, 400, 1000}) {
                    int mod = 1 + r.nextInt(4);
                    Predicate<Credential> keep = c -> c.title().length() % mod != 0 || mod == 1;
                    List<String> got = relevance.nearest(goal, k, keep).stream()
                            .map(s -> s.credential().id() + "=" + s.similarity()).toList();
                    assertThat(got).isEqualTo(fresh(catalogue, vectors, goal, k, keep));
                    compared += got.size();
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }
}
