package org.credpath.engine.rank;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.credpath.engine.data.DataFiles;

/**
 * What {@code provenance.json} records for a trained model: data checksums, seed, options, git
 * commit, Java version and date, and the command that reproduces it.
 */
public record ModelProvenance(String model, String command, Map<String, String> dataSha256, long seed,
        Dl4jOptions options, String gitCommit, String javaVersion, String createdAt) {

    public static ModelProvenance of(String model, String command, Map<String, Path> data, Dl4jOptions options,
            Path repo) {
        Map<String, String> sums = new java.util.LinkedHashMap<>();
        data.forEach((k, p) -> sums.put(k, DataFiles.sha256(p)));
        return new ModelProvenance(model, command, sums, options.seed(), options, gitCommit(repo),
                System.getProperty("java.version"), Instant.now().toString());
    }

    /** The repository's HEAD commit, or {@code unknown} when git is not available. */
    static String gitCommit(Path repo) {
        try {
            Process p = new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "HEAD").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

}
