package org.credpath.engine.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.EvalData;
import org.credpath.engine.eval.RankingFiles;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One catalogue preparation: credentials without ESCO skills are tagged (and counted), others are kept. */
class CataloguePreparationTest {

    static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";

    private static Esco esco;
    private static CataloguePreparation preparation;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        esco = EscoLoader.load(CredpathHome.locate());
        preparation = new CataloguePreparation(new SkillTagger(esco, Optional.empty()), Optional.empty());
    }

    static final String UNTAGGED = """
            {"id":"x:py","title":"Python for Data Analysis","description":"Learn SQL queries and statistics.",\
            "skillLabels":["Project Management"]}""";
    static final String TAGGED = "{\"id\":\"x:given\",\"title\":\"Cooking\",\"skills\":[\"" + SQL + "\"]}";

    @Test
    void untaggedCredentialsGetSkillsFromTextAndLabelsAndTheCountIsReported() throws Exception {
        Files.writeString(dir.resolve("catalog.jsonl"), UNTAGGED + "\n" + TAGGED + "\n");
        List<Credential> read = org.credpath.engine.catalog.CredentialReader.read(dir.resolve("catalog.jsonl"),
                org.credpath.engine.catalog.ReadMode.FILE).orThrow();
        List<String> said = new ArrayList<>();
        List<Credential> out = preparation.prepare(read, "catalog.jsonl", said::add);

        List<String> labels = out.getFirst().skills().stream()
                .map(u -> esco.skill(u).orElseThrow().preferredLabel()).toList();
        assertThat(labels).contains("SQL", "project management");
        assertThat(out.get(1)).isEqualTo(read.get(1));
        assertThat(said).containsExactly(
                "catalog.jsonl: 1 of 2 credentials had no ESCO skills; tagged them from title, description and skillLabels (0 still have none)");
        assertThat(preparation.prepare(List.of(read.get(1))).tagged()).isZero();
    }

    @Test
    void evalAndTrainingFilesAreReadThroughThePreparation() throws Exception {
        Files.writeString(dir.resolve("catalog.jsonl"), UNTAGGED + "\n");
        Files.writeString(dir.resolve("learners.jsonl"), "{\"id\":\"l-1\",\"skills\":[\"SQL\"]}\n");
        Files.writeString(dir.resolve("events.jsonl"), "{\"learnerId\":\"l-1\",\"credentialId\":\"x:py\","
                + "\"type\":\"enrol\",\"timestamp\":\"2025-01-06T09:00:00Z\"}\n");
        EvalData data = RankingFiles.inFolder(dir).load(preparation);
        assertThat(data.catalogue().get("x:py").skills()).contains(SQL);
    }
}
