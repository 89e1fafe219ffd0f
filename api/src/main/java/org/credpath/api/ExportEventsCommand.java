package org.credpath.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.credpath.api.store.Database;
import org.credpath.api.store.EventRepository;
import org.credpath.api.store.TenantRepository;
import org.credpath.engine.catalog.ExchangeJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code credpath export-events}: a tenant's feedback events from the API database as JSON Lines
 * (docs/formats.md, Event), the input of {@code credpath train --events FILE}.
 */
@Command(name = "export-events", mixinStandardHelpOptions = true,
        description = "Write a tenant's feedback events from the API database as JSON Lines (for train --events).")
public final class ExportEventsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--tenant", defaultValue = Bootstrap.DEFAULT_TENANT, description = "Tenant id. Default: ${DEFAULT-VALUE}.")
    String tenant;

    @Option(names = "--out", description = "Output file (written atomically). Default: stdout.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Database db = Database.open(database.config())) {
            if (new TenantRepository(db).find(tenant).isEmpty()) {
                throw new IllegalArgumentException("--tenant: no tenant with id " + tenant + " in " + db.config().describe());
            }
            EventRepository events = new EventRepository(db);
            long n;
            if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                n = write(events, w);
                w.flush();
            } else {
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".events", ".tmp");
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    n = write(events, w);
                }
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            System.err.println("credpath export-events: " + n + " events of tenant " + tenant
                    + (out == null ? "" : " -> " + out));
        }
        return 0;
    }

    private long write(EventRepository events, Writer w) {
        return events.forEach(tenant, e -> {
            try {
                w.write(ExchangeJson.toLine(e));
                w.write('\n');
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }
}
