package org.credpath.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlWriterTest {

    @TempDir
    Path dir;

    private static final List<Credential> TWO = List.of(Credential.of("a", "A"), Credential.of("b", "B"));

    @Test
    void writesJsonlThatReadsBackIdentically() throws Exception {
        Path out = dir.resolve("sub/c.jsonl");
        assertThat(JsonlWriter.write(out, TWO)).isEqualTo(2);
        assertThat(Files.readAllLines(out)).containsExactly(
                "{\"id\":\"a\",\"title\":\"A\",\"credentialType\":\"other\"}",
                "{\"id\":\"b\",\"title\":\"B\",\"credentialType\":\"other\"}");
        assertThat(CredentialReader.read(out, ReadMode.STRICT).records()).isEqualTo(TWO);
    }

    @Test
    void gzipRoundTrip() throws Exception {
        Path out = dir.resolve("c.jsonl.gz");
        JsonlWriter.write(out, TWO);
        byte[] head = Files.readAllBytes(out);
        assertThat(head[0] & 0xff).isEqualTo(0x1f);
        assertThat(head[1] & 0xff).isEqualTo(0x8b);
        assertThat(CredentialReader.read(out, ReadMode.FILE).records()).isEqualTo(TWO);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("c.jsonl");
        JsonlWriter.write(out, TWO);
        String before = Files.readString(out);
        assertThatThrownBy(() -> JsonlWriter.atomically(out, w -> {
            w.write("{\"id\":\"half");
            throw new IOException("disk full (simulated)");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(out)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("c.jsonl");
        }
    }
}
