package org.credpath.api.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a model folder ({@code models/<id>/provenance.json} and {@code metrics.json}). The version
 * is the provenance's {@code version} field, else its {@code gitCommit}, else the folder name.
 */
public final class ModelDirectoryInfo implements ModelInfoService {
    private final Optional<ModelInfo> info;

    public ModelDirectoryInfo(Path modelDir, JsonMapper json) {
        Path prov = modelDir.resolve("provenance.json");
        if (!Files.isRegularFile(prov)) {
            throw new IllegalArgumentException("model: " + modelDir + " has no provenance.json");
        }
        try {
            JsonNode p = json.readTree(Files.readString(prov));
            Path metricsFile = modelDir.resolve("metrics.json");
            JsonNode m = Files.isRegularFile(metricsFile) ? json.readTree(Files.readString(metricsFile)) : null;
            String id = modelDir.getFileName().toString();
            String version = p.hasNonNull("version") ? p.get("version").asString()
                    : p.hasNonNull("gitCommit") ? p.get("gitCommit").asString() : id;
            info = Optional.of(new ModelInfo(id, version, p, m));
        } catch (IOException e) {
            throw new UncheckedIOException("model: cannot read " + prov, e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("model: " + prov + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public Optional<ModelInfo> current() {
        return info;
    }
}
