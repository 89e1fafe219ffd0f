package org.credpath.engine.skills;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.credpath.engine.data.GitCommit;

/**
 * Where a trained artefact came from: data checksums, options, seed, code commit, Java version
 * and date, written as {@code provenance.json} next to the model.
 */
public record Provenance(String model, String createdAt, String gitCommit, String javaVersion,
                         String command, EmbeddingOptions options, List<DataFile> data) {

    /** A data file by its path relative to the Credpath home and its SHA-256. */
    public record DataFile(String path, String sha256) {
    }

    /** The HEAD commit of the repository at {@code root} (see {@link GitCommit#of}). */
    public static String gitCommit(Path root) {
        return GitCommit.of(root);
    }

    public static String now() {
        return Instant.now().toString();
    }
}
