package org.credpath.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsGzipSiblingWhenPlainFileIsAbsent() throws IOException {
        Path gz = dir.resolve("t.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("\uFEFFa,b\r\n1,\"two\r\nlines\"\r\n".getBytes(StandardCharsets.UTF_8));
        }
        try (CSVParser p = DataFiles.parse(dir.resolve("t.csv"), DataFiles.CSV)) {
            CSVRecord r = p.getRecords().getFirst();
            assertThat(p.getHeaderNames()).containsExactly("a", "b");
            assertThat(r.get("b")).isEqualTo("two\r\nlines");
        }
    }

    @Test
    void plainFileWinsAndBomIsDropped() throws IOException {
        Files.writeString(dir.resolve("x.txt"), "\uFEFFhello");
        try (BufferedReader r = DataFiles.reader(dir.resolve("x.txt"))) {
            assertThat(r.readLine()).isEqualTo("hello");
        }
    }

    @Test
    void missingFileNamesThePath() {
        assertThatThrownBy(() -> DataFiles.reader(dir.resolve("nope.csv")))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("nope.csv");
    }

    @Test
    void sha256OfKnownContent() throws IOException {
        Path f = Files.writeString(dir.resolve("abc"), "abc");
        assertThat(DataFiles.sha256(f))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void homeLocatesTheRepositoryDatasets() {
        CredpathHome home = CredpathHome.locate();
        assertThat(home.datasets()).isDirectory();
        assertThat(home.dataset("esco_v1.1.1", "SOURCE.md")).exists();
    }
}
