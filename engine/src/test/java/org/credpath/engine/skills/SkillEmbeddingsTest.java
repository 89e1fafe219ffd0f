package org.credpath.engine.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillEmbeddingsTest {

    static SkillEmbeddings toy() {
        Map<String, float[]> m = new LinkedHashMap<>();
        m.put("esco:sql", new float[] {1, 0.1f, 0});
        m.put("esco:databases", new float[] {0.9f, 0.2f, 0});
        m.put("esco:cooking", new float[] {0, 0, 1});
        m.put("tableau", new float[] {0.5f, 0.8f, 0});
        m.put("zero", new float[] {0, 0, 0});
        return SkillEmbeddings.of(m);
    }

    @Test
    void vectorsAreUnitLengthAndZeroVectorsDropped() {
        SkillEmbeddings e = toy();
        assertThat(e.size()).isEqualTo(4);
        assertThat(e.contains("zero")).isFalse();
        float[] v = e.vector("esco:sql").orElseThrow();
        assertThat(SkillEmbeddings.dot(v, v)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void nearestNeighboursAreRankedBySimilarity() {
        SkillEmbeddings e = toy();
        List<SkillEmbeddings.Neighbour> nn = e.nearest(e.vector("esco:sql").orElseThrow(), 2,
                t -> !t.equals("esco:sql"));
        assertThat(nn).extracting(SkillEmbeddings.Neighbour::token).containsExactly("esco:databases", "tableau");
        assertThat(e.similarity("esco:sql", "esco:cooking")).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void nearestSkillsIsNearestOverEscoTokensOnly() {
        SkillEmbeddings e = toy();
        for (String t : e.tokens()) {
            float[] q = e.vector(t).orElseThrow();
            assertThat(e.nearestSkills(q, 3)).isEqualTo(e.nearest(q, 3, x -> x.startsWith("esco:")))
                    .extracting(SkillEmbeddings.Neighbour::token).allMatch(x -> x.startsWith("esco:"));
        }
    }

    @Test
    void quantisedRoundTripKeepsCosinesWithinOnePercent(@TempDir Path dir) {
        SkillEmbeddings e = toy();
        Path f = dir.resolve("v.bin.gz");
        e.save(f);
        SkillEmbeddings back = SkillEmbeddings.load(f);
        assertThat(back.tokens()).containsExactlyElementsOf(e.tokens());
        for (String a : e.tokens()) {
            for (String b : e.tokens()) {
                assertThat(back.similarity(a, b)).isCloseTo(e.similarity(a, b), within(0.01));
            }
        }
    }

    @Test
    void tokensOfEscoUrisAndFreeText() {
        String uri = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
        assertThat(SkillEmbeddings.escoToken(uri)).isEqualTo("esco:598de5b0-5b58-4ea7-8058-a4bc4d18c742");
        assertThat(SkillEmbeddings.escoUri(SkillEmbeddings.escoToken(uri))).contains(uri);
        assertThat(SkillEmbeddings.textToken("SQL Queries")).isEqualTo("sql_queries");
        assertThat(SkillEmbeddings.escoUri("sql_queries")).isEmpty();
    }

    @Test
    void missingFileNamesTheTrainCommand(@TempDir Path dir) {
        assertThatThrownBy(() -> SkillEmbeddings.load(dir.resolve("none.bin.gz")))
                .hasMessageContaining("credpath train embeddings");
    }

    @Test
    void optionsAreValidatedWithTheBadValue() {
        assertThatThrownBy(() -> new EmbeddingOptions(0, 5, 3, 5, 42, true, true)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> new EmbeddingOptions(64, 5, 3, 500, 42, true, true)).hasMessageContaining("got 500");
        assertThat(EmbeddingOptions.DEFAULTS.layerSize()).isEqualTo(64);
    }
}
