package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.credpath.api.store.KeyType;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ExportEventsCommandTest {

    @Test
    void exportsATenantsEventsAsJsonLines(@TempDir Path dir) throws Exception {
        try (TestApp app = TestApp.embedded(dir)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            app.post("/v1/events", key, "{\"learnerId\":\"l-1\",\"credentialId\":\"c-1\",\"type\":\"enrol\","
                    + "\"timestamp\":\"2025-03-01T10:00:00Z\",\"position\":1,\"requestId\":\"r-9\"}");
        }
        Path out = dir.resolve("events.jsonl");
        int code = Main.commandLine().execute("export-events", "--data-dir", dir.toString(), "--tenant", "acme",
                "--out", out.toString());
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        Event e = ExchangeJson.mapper().readValue(lines.getFirst(), Event.class);
        assertThat(e.type()).isEqualTo(EventType.ENROL);
        assertThat(e.requestId()).isEqualTo("r-9");
    }

    @Test
    void unknownTenantIsAClearError(@TempDir Path dir) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("export-events", "--data-dir", dir.toString(), "--tenant", "nobody");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--tenant: no tenant with id nobody").doesNotContain("\tat ");
    }

    @Test
    void unsupportedDatabaseUrlIsAClearError(@TempDir Path dir) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("export-events", "--db-url", "jdbc:mysql://localhost/x");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("only jdbc:postgresql:... (a server) and jdbc:sqlite:<file>");
    }
}
