package org.credpath.engine.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one Jackson configuration for Credpath's exchange formats (credentials, learners, events).
 *
 * <ul>
 *   <li>Writing: absent values and empty lists are omitted; instants as ISO-8601 strings.</li>
 *   <li>Reading: unknown fields fail (the catalogue readers turn them into warnings in file mode);
 *       a JSON value of the wrong type fails (no {@code "6"} for a number, no {@code 6} for a
 *       string); trailing content after a document fails; a field given twice fails (no "last one
 *       wins"); an instant must be an ISO-8601 string (no epoch numbers).</li>
 * </ul>
 */
public final class ExchangeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new SimpleModule("strict-instants").addDeserializer(Instant.class,
                    new StrictInstantDeserializer()))
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .build();

    private ExchangeJson() {
    }

    /** The shared, thread-safe mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** One compact JSON line (no line breaks) for {@code value}. */
    public static String toLine(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
