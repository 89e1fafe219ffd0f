package org.credpath.api.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract on the embedded SQLite file database (the default). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteRepositoryTest extends RepositoryContract {
    private Database db;

    @BeforeAll
    void open(@TempDir Path dir) {
        db = Database.open(DatabaseConfig.embedded(dir));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Override
    Database db() {
        return db;
    }

    @Override
    String tenant(String base) {
        return base;
    }
}
