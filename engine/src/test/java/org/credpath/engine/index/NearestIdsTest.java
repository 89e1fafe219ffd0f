package org.credpath.engine.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import org.credpath.engine.catalog.Credential;
import org.junit.jupiter.api.Test;

/** Exact nearest neighbours (the recall baseline) and HNSW against them, on seeded random vectors. */
class NearestIdsTest {

    private static final int N = 2000;
    private static final int DIM = 16;

    @Test
    void exactIsBruteForceAndHnswFindsNearlyAllOfIt() {
        Random r = new Random(7);
        Map<String, float[]> vecs = new HashMap<>();
        List<Credential> creds = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            vecs.put("v" + i, unit(r));
            creds.add(Credential.of("v" + i, "item " + i));
        }
        CredentialVectors byId = new CredentialVectors() {
            @Override
            public int dimension() {
                return DIM;
            }

            @Override
            public Optional<float[]> credential(Credential c) {
                return Optional.of(vecs.get(c.id()));
            }

            @Override
            public Optional<float[]> query(String text, List<String> skills) {
                return Optional.empty();
            }
        };
        try (CatalogIndex index = CatalogIndex.inMemory(byId, SkillTextSource.TAGS_ONLY)) {
            index.upsertAll(creds);
            index.delete("v0");
            double found = 0;
            for (int q = 0; q < 20; q++) {
                float[] v = unit(r);
                List<String> exact = index.nearestIds(v, 10, true);
                List<String> truth = vecs.entrySet().stream().filter(e -> !e.getKey().equals("v0"))
                        .sorted(Comparator.comparingDouble(e -> -dot(v, e.getValue()))).limit(10)
                        .map(Map.Entry::getKey).toList();
                assertThat(exact).containsExactlyElementsOf(truth);
                found += index.nearestIds(v, 10, false).stream().filter(exact::contains).count();
            }
            assertThat(found / 200).isGreaterThan(0.9);
        }
    }

    private static float[] unit(Random r) {
        float[] v = new float[DIM];
        IntStream.range(0, DIM).forEach(d -> v[d] = (float) r.nextGaussian());
        double n = Math.sqrt(dot(v, v));
        IntStream.range(0, DIM).forEach(d -> v[d] /= (float) n);
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
