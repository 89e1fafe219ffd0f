package org.credpath.api.service;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * The serving model, for {@code GET /v1/models/current}.
 *
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
