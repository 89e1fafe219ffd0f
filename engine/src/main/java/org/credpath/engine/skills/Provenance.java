package org.credpath.engine.skills;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where a trained artefact came from: data checksums, options, seed, code commit, Java version
 * and date, written as {@code provenance.json} next to the model.
 */
public record Provenance(String model, String createdAt, String gitCommit, String javaVersion,
                         String command, EmbeddingOptions options, List<DataFile> data) {

    /** A data file by its path relative to the Credpath home and its SHA-256. */
    public record DataFile(String path, String sha256) {
    }

    /** The HEAD commit of the repository at {@code root} (with "-dirty" when sources changed), or "unknown". */
    public static String gitCommit(Path root) {
        try {
            String head = run(root, "git", "rev-parse", "HEAD");
            String dirty = run(root, "git", "status", "--porcelain", "--", "engine/src");
            return head.isEmpty() ? "unknown" : head + (dirty.isEmpty() ? "" : "-dirty");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return "";
        }
        return out;
    }

    public static String now() {
        return Instant.now().toString();
    }
}
