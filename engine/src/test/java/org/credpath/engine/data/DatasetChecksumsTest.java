package org.credpath.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** {@code datasets/SHA256SUMS} matches the shipped files, lists all of them, and every folder has a card. */
class DatasetChecksumsTest {

    private static final Set<String> UNLISTED = Set.of("DATA_CARD.md", "README.md", "SHA256SUMS");

    private final Path datasets = CredpathHome.locate().datasets();

    private Map<String, String> listed() throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(datasets.resolve("SHA256SUMS"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(line).as("SHA256SUMS line %d", i + 1).matches("[0-9a-f]{64}  .+");
            sums.put(line.substring(66), line.substring(0, 64));
        }
        return sums;
    }

    private List<String> shipped() throws IOException {
        try (Stream<Path> files = Files.walk(datasets)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !UNLISTED.contains(p.getFileName().toString()))
                    .map(p -> datasets.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void everyChecksumMatches() throws IOException {
        Map<String, String> sums = listed();
        assertThat(sums).isNotEmpty();
        sums.forEach((file, sum) -> assertThat(DataFiles.sha256(datasets.resolve(file))).as(file).isEqualTo(sum));
    }

    @Test
    void noShippedFileIsMissingFromTheList() throws IOException {
        assertThat(listed().keySet()).containsExactlyInAnyOrderElementsOf(shipped());
    }

    @Test
    void everyFolderHasADataCardAndTheIndexLinksIt() throws IOException {
        String index = Files.readString(datasets.resolve("README.md"));
        try (Stream<Path> dirs = Files.list(datasets)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String name = d.getFileName().toString();
                assertThat(d.resolve("DATA_CARD.md")).as(name).isRegularFile();
                assertThat(Files.readString(d.resolve("DATA_CARD.md"))).as(name).contains("## Licence", "sha256");
                assertThat(index).contains("(" + name + "/DATA_CARD.md)");
            }
        }
    }
}
