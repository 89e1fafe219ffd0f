package org.credpath.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;

/** Jackson's reading messages reach users without internals. */
class JsonMessagesTest {

    @Test
    void jacksonInternalsAreRemoved() {
        for (String json : new String[] {"[1,2", "{\"a\": tru}", "{\"a\" 1}", "{'a':1}", "{\"a\":1,\"a\":2}",
                "{\"a\":\"\u0001\"}", "[" + "9".repeat(2000) + "]"}) {
            String message;
            try {
                ExchangeJson.mapper().readTree(json);
                throw new AssertionError("should not parse: " + json);
            } catch (JacksonException e) {
                message = JsonMessages.plain(e.getOriginalMessage());
            }
            assertThat(message).as(json).isNotBlank().hasSizeLessThanOrEqualTo(303)
                    .doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("`")
                    .doesNotContain("StreamReadConstraints").doesNotContain("(code ").doesNotContain("Exception")
                    .doesNotContain("tools.jackson");
        }
    }

    @Test
    void plainWordsForCommonCases() {
        assertThat(JsonMessages.plain("Unexpected end-of-input: expected close marker for Array (start marker at"
                + " [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"))
                .isEqualTo("the JSON ends before it is complete: expected ']' to close an array");
        assertThat(JsonMessages.plain("Duplicate Object property \"type\"")).contains("duplicate field").contains("type");
        assertThat(JsonMessages.plain("Number value length (5000) exceeds the maximum allowed (1000, from"
                + " `StreamReadConstraints.getMaxNumberLength()`)"))
                .isEqualTo("Number value length (5000) exceeds the maximum allowed (1000)");
        assertThat(JsonMessages.plain(null)).isEqualTo("cannot read the JSON");
    }

    @Test
    void numericAndDigitStringInstantsAreRefused() {
        record E(java.time.Instant t) {
        }
        for (String json : new String[] {"{\"t\":1740823200000}", "{\"t\":1.5}", "{\"t\":\"1740823200\"}"}) {
            try {
                ExchangeJson.mapper().readValue(json, E.class);
                throw new AssertionError("should refuse " + json);
            } catch (JacksonException e) {
                assertThat(e.getOriginalMessage()).isNotBlank();
            }
        }
        assertThat(ExchangeJson.mapper().readValue("{\"t\":\"2025-03-01T10:00:00+02:00\"}", E.class).t())
                .isEqualTo(java.time.Instant.parse("2025-03-01T08:00:00Z"));
    }
}
