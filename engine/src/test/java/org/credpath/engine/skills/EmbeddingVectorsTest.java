package org.credpath.engine.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Credential and gap vectors from the committed skill embeddings. */
class EmbeddingVectorsTest {

    private static EmbeddingVectors vectors;
    private static SkillTagger tagger;
    private static SkillEmbeddings embeddings;

    @BeforeAll
    static void load() {
        CredpathHome home = CredpathHome.locate();
        Esco esco = EscoLoader.load(home);
        embeddings = EmbeddingModel.load(home);
        tagger = new SkillTagger(esco, Optional.of(embeddings));
        vectors = new EmbeddingVectors(embeddings, tagger);
    }

    private static Credential cred(String id, String title, String description) {
        return new Credential(id, title, null, description, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    @Test
    void queriesAreCloserToMatchingCredentials() {
        float[] sqlCourse = vectors.credential(cred("a", "SQL for Data Analysis", "queries, joins, databases")).orElseThrow();
        float[] cooking = vectors.credential(cred("b", "Italian Cooking", "pasta, sauces, food hygiene")).orElseThrow();
        float[] q = vectors.query("database queries", List.of()).orElseThrow();
        assertThat(SkillEmbeddings.dot(q, sqlCourse)).isGreaterThan(SkillEmbeddings.dot(q, cooking));
        assertThat(SkillEmbeddings.dot(sqlCourse, sqlCourse)).isBetween(0.999, 1.001);
    }

    @Test
    void gapVectorsComeFromSkillUris() {
        String sql = tagger.mapLabel("SQL").orElseThrow().uri();
        float[] gap = vectors.gap(List.of(sql)).orElseThrow();
        assertThat(SkillEmbeddings.dot(gap, embeddings.skill(sql).orElseThrow())).isGreaterThan(0.99);
        assertThat(vectors.gap(List.of("http://data.europa.eu/esco/skill/not-a-skill"))).isEmpty();
    }

    @Test
    void taggedSkillsAreStoredOnCredentialsWithoutSkills() {
        Credential c = tagger.withInferredSkills(cred("c", "Machine Learning with Python", "neural networks"));
        assertThat(tagger.labelsOf(c.skills())).contains("machine learning", "Python (computer programming)");
        assertThat(tagger.skillText(c)).contains("machine learning");
    }

    @Test
    void embeddingsAreSmallAndCoverEscoSkills() {
        assertThat(embeddings.dimension()).isEqualTo(64);
        assertThat(embeddings.tokens().stream().filter(t -> t.startsWith("esco:")).count()).isGreaterThan(5000);
        String sql = SkillEmbeddings.escoToken(tagger.mapLabel("SQL").orElseThrow().uri());
        assertThat(embeddings.frequency(sql)).isGreaterThan(100);
    }
}
