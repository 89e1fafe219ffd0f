package org.credpath.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.credpath.engine.catalog.ExchangeJson;
import org.junit.jupiter.api.Test;

class EventTest {

    @Test
    void readsAndWritesTheDesignExample() {
        String json = "{\"learnerId\":\"l-17\",\"credentialId\":\"edx:x\",\"type\":\"enrol\","
                + "\"timestamp\":\"2025-03-01T10:00:00Z\",\"position\":3,\"requestId\":\"r-1\"}";
        Event e = ExchangeJson.mapper().readValue(json, Event.class);
        assertThat(e.type()).isEqualTo(EventType.ENROL);
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(e.position()).isEqualTo(3);
        assertThat(ExchangeJson.toLine(e)).isEqualTo(json);
    }

    @Test
    void requiresTheCoreFields() {
        Instant t = Instant.EPOCH;
        assertThatThrownBy(() -> Event.of(" ", "c", EventType.CLICK, t)).hasMessageContaining("learnerId");
        assertThatThrownBy(() -> Event.of("l", "c", null, t)).hasMessageContaining("type");
        assertThatThrownBy(() -> Event.of("l", "c", EventType.CLICK, null)).hasMessageContaining("timestamp");
        assertThatThrownBy(() -> new Event("l", "c", EventType.CLICK, t, 0, null))
                .hasMessageContaining("position").hasMessageContaining("0");
    }

    @Test
    void parsesTypeNamesIgnoringCase() {
        assertThat(EventType.parse(" Complete")).contains(EventType.COMPLETE);
        assertThat(EventType.parse("buy")).isEmpty();
    }
}
