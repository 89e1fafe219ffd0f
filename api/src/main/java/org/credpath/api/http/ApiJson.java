package org.credpath.api.http;

import org.credpath.engine.catalog.ExchangeJson;

import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper of the API: the engine's strict exchange mapper (unknown fields and wrong types fail). */
public final class ApiJson {
    private ApiJson() {
    }

    public static JsonMapper mapper() {
        return ExchangeJson.mapper();
    }
}
