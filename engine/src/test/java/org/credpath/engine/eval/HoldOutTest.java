package org.credpath.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldOutTest {

    private static Event ev(String l, String c, EventType t, int day, String req) {
        return new Event(l, c, t, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86400L * day), 1, req);
    }

    @Test
    void hidesLastEnrolAndItsWholeRequest() {
        List<Event> events = List.of(
                ev("l1", "a", EventType.IMPRESSION, 0, "r1"), ev("l1", "a", EventType.ENROL, 0, "r1"),
                ev("l1", "x", EventType.IMPRESSION, 5, "r2"), ev("l1", "b", EventType.IMPRESSION, 5, "r2"),
                ev("l1", "b", EventType.ENROL, 5, "r2"), ev("l1", "b", EventType.COMPLETE, 9, null),
                ev("l2", "a", EventType.IMPRESSION, 1, "r3"));
        HoldOut h = HoldOut.split(events);
        assertThat(h.cases()).containsExactly(new HoldOut.Case("l1", "b", java.util.Set.of("a")));
        assertThat(h.training()).hasSize(3).noneMatch(e -> "r2".equals(e.requestId()))
                .noneMatch(e -> e.type() == EventType.COMPLETE);
    }

    @Test
    void malformedLineIsReportedWithItsNumber(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, "{\"learnerId\":\"l1\",\"credentialId\":\"a\",\"type\":\"click\",\"timestamp\":\"2025-01-01T00:00:00Z\"}\n"
                + "{\"learnerId\":\"l1\",\"credentialId\":\"a\",\"type\":\"click\"}\n");
        assertThatThrownBy(() -> EvalData.read(f, org.credpath.engine.events.EventReader::read)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events.jsonl:2:").hasMessageContaining("timestamp");
    }

    @Test
    void unknownLearnersAndCredentialsAreCountedNotFatal(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"a\",\"title\":\"A\"}\n");
        Files.writeString(dir.resolve("l.jsonl"), "{\"id\":\"l1\"}\n");
        Files.writeString(dir.resolve("e.jsonl"),
                "{\"learnerId\":\"l1\",\"credentialId\":\"a\",\"type\":\"enrol\",\"timestamp\":\"2025-01-01T00:00:00Z\"}\n"
                + "{\"learnerId\":\"zz\",\"credentialId\":\"a\",\"type\":\"enrol\",\"timestamp\":\"2025-01-01T00:00:00Z\"}\n"
                + "{\"learnerId\":\"l1\",\"credentialId\":\"nope\",\"type\":\"enrol\",\"timestamp\":\"2025-01-01T00:00:00Z\"}\n");
        EvalData d = EvalData.load(dir.resolve("c.jsonl"), dir.resolve("l.jsonl"), dir.resolve("e.jsonl"),
                java.util.function.UnaryOperator.identity());
        assertThat(d.events()).hasSize(1);
        assertThat(d.unknownLearnerEvents()).isEqualTo(1);
        assertThat(d.unknownCredentialEvents()).isEqualTo(1);
    }
}
