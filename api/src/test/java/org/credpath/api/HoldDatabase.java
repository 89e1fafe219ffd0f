package org.credpath.api;

import java.nio.file.Path;

import org.credpath.api.store.Database;
import org.credpath.api.store.DatabaseConfig;

/** Run in a child JVM by tests: holds the embedded database in {@code args[0]} open until stdin closes. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close stdin
            }
        }
    }
}
