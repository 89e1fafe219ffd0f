package org.credpath.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every trained model has one provenance shape, with a checksum for each input. */
class ModelProvenanceTest {

    record Options(int epochs, long seed) {
    }

    @Test
    void everyShippedModelHasTheOneShapeAndItsDataFilesMatchTheirChecksums() throws IOException {
        CredpathHome home = CredpathHome.locate();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(home.models())) {
            dirs = s.filter(d -> Files.exists(d.resolve(ModelProvenance.FILE))).sorted().toList();
        }
        assertThat(dirs).extracting(d -> d.getFileName().toString())
                .contains("completion", "ranker-default", "skill-embeddings", "skill-premium");
        for (Path dir : dirs) {
            ModelProvenance p = ModelProvenance.read(dir);
            assertThat(p.data()).as(dir + " data").isNotEmpty();
            assertThat(p.gitCommit()).as(dir + " gitCommit").isNotBlank();
            assertThat(p.createdAt()).as(dir + " createdAt").isNotBlank();
            assertThat(p.command()).as(dir + " command").startsWith("./credpath train");
            assertThat(p.options()).as(dir + " options").isNotNull();
            assertThat(p.metrics()).as(dir + " metrics").isNotEmpty();
            for (ModelProvenance.DataFile f : p.data()) {
                if (f.path().startsWith("datasets/")) {
                    assertThat(DataFiles.sha256(home.root().resolve(f.path()))).as(dir + ": " + f.path())
                            .isEqualTo(f.sha256());
                }
            }
        }
    }

    @Test
    void aNewProvenanceRecordsChecksumsLibraryVersionsAndRoundTrips(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("in.csv"), "a,b\n1,2\n");
        ModelProvenance p = ModelProvenance.create("test-model", "trainer", "./credpath train test",
                List.of(ModelProvenance.file(tmp, data)), 7, new Options(3, 7), List.of("smile", "deeplearning4j"),
                tmp, Map.of("auc", 0.7), null);
        assertThat(p.data()).containsExactly(new ModelProvenance.DataFile("in.csv", DataFiles.sha256(data)));
        assertThat(p.libraries().keySet()).containsExactly("smile", "deeplearning4j");
        assertThat(p.libraries().values()).allSatisfy(v -> assertThat(v).matches("\\d+\\.\\d+.*"));
        assertThat(p.options().get("epochs").asInt()).isEqualTo(3);
        p.write(tmp.resolve("m"));
        ModelProvenance back = ModelProvenance.read(tmp.resolve("m"));
        assertThat(ModelProvenance.JSON.writeValueAsString(back)).isEqualTo(ModelProvenance.JSON.writeValueAsString(p));
        assertThat(back.details()).isNull();
    }

    @Test
    void anInputWithoutAChecksumOrAnUnknownLibraryIsRefusedByName() {
        assertThatThrownBy(() -> new ModelProvenance.DataFile("datasets/x.csv", null))
                .hasMessageContaining("datasets/x.csv").hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> ModelProvenance.versions(List.of("tensorflow")))
                .hasMessageContaining("libraries").hasMessageContaining("tensorflow");
    }
}
