package org.credpath.engine.rank;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.credpath.engine.data.DataFiles;
import org.credpath.engine.data.GitCommit;

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
        return new ModelProvenance(model, command, sums, options.seed(), options, GitCommit.of(repo),
                System.getProperty("java.version"), Instant.now().toString());
    }

}
