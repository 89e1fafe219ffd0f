package org.credpath.api.http;

import org.credpath.engine.catalog.ExchangeJson;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the API. Reading uses the engine's strict exchange mapper (unknown fields and wrong types
 * fail). Responses use the same settings but keep empty lists ({@code "items": []}) and drop only nulls,
 * so clients always find the fields they expect.
 */
public final class ApiJson {
    private static final JsonMapper RESPONSES = ExchangeJson.mapper().rebuild()
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ApiJson() {
    }

    /** The strict reader (also used to store documents). */
    public static JsonMapper mapper() {
        return ExchangeJson.mapper();
    }

    /** The response writer. */
    public static JsonMapper responses() {
        return RESPONSES;
    }
}
