package org.credpath.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    @Test
    void readsGoodEventsAndNamesBadFields() throws Exception {
        Path file = Path.of(EventReaderTest.class.getResource("/exchange/events.jsonl").toURI());
        ReadResult<Event> r = EventReader.read(file, ReadMode.FILE);
        assertThat(r.records()).extracting(Event::type).containsExactly(EventType.IMPRESSION, EventType.CLICK);
        assertThat(r.errors()).extracting(i -> i.line() + " " + i.field() + ": " + i.message()).containsExactly(
                "3 type: cannot read \"purchase\" as one of impression, click, enrol, complete, dismiss",
                "4 timestamp: cannot read \"yesterday\" as an ISO-8601 instant such as 2025-03-01T10:00:00Z",
                "5 credentialId: required and must not be blank",
                "6 position: must be >= 1 (1 = top of the list), got 0");
    }

    @Test
    void strictModeRefusesAllOnOneBadEvent() throws Exception {
        String body = "[{\"learnerId\":\"l\",\"credentialId\":\"c\",\"type\":\"click\",\"timestamp\":\"2025-01-01T00:00:00Z\"},"
                + "{\"learnerId\":\"l\",\"credentialId\":\"c\",\"type\":\"click\",\"timestamp\":\"2025-01-01T00:00:00Z\",\"x\":1}]";
        ReadResult<Event> r = EventReader.read("request body", body, ReadMode.STRICT);
        assertThat(r.records()).isEmpty();
        assertThat(r.errors()).singleElement().extracting(i -> i.index() + " " + i.field()).isEqualTo("1 x");
    }
}
