package org.credpath.engine.recommend;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * The serving model's identity: what every answer reports as the model that ordered it.
 *
 * @param id         the model folder's name or the built-in model's name
 * @param version    the provenance's {@code version}, else its {@code createdAt}, else the id
 * @param provenance the model's {@code provenance.json} as written by its trainer
 * @param metrics    its {@code metrics.json}, may be null
 */
public record ModelInfo(String id, String version, JsonNode provenance, JsonNode metrics) {
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(provenance, "provenance");
    }
}
