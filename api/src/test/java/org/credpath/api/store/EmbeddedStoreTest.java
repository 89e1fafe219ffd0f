package org.credpath.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseWrittenWithThePreviousUrlOpensWithTheDurableOne() {
        String file = dir.toAbsolutePath().resolve("credpath").toString();
        DatabaseConfig previous = new DatabaseConfig("jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 2);
        try (Database db = Database.open(previous)) {
            new TenantRepository(db).create(new Tenant("acme", "Acme", Jdbc.now()));
            TenantDocuments.learners(db).upsert("acme", "l-1", "{\"id\":\"l-1\"}");
        }
        DatabaseConfig durable = DatabaseConfig.embedded(dir);
        assertThat(durable.url()).contains(";WRITE_DELAY=0");
        assertThat(durable.embeddedStoreFile()).contains(Path.of(file + ".mv.db"));
        assertThat(Files.exists(durable.embeddedStoreFile().orElseThrow())).isTrue();
        try (Database db = Database.open(durable)) {
            assertThat(TenantDocuments.learners(db).find("acme", "l-1")).isPresent();
            TenantDocuments.learners(db).upsert("acme", "l-2", "{\"id\":\"l-2\"}");
        }
        try (Database db = Database.open(durable)) {
            assertThat(TenantDocuments.learners(db).count("acme")).isEqualTo(2);
        }
    }

    @Test
    void onlyFileUrlsHaveAStoreFile() {
        assertThat(new DatabaseConfig("jdbc:h2:mem:x", "", "", 1).embeddedStoreFile()).isEmpty();
        assertThat(new DatabaseConfig("jdbc:postgresql://127.0.0.1/credpath", "", "", 1).embeddedStoreFile()).isEmpty();
    }
}
