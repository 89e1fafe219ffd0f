package org.credpath.engine.cli;

import java.util.List;
import java.util.function.Supplier;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;

/** The bundled catalogue (Coursera 2023 + edX 2021), loaded on demand (only when an index must be built). */
final class BundledCredentials {

    private BundledCredentials() {
    }

    static Supplier<List<Credential>> loader(CredpathHome home) {
        return () -> BundledCatalog.load(home).credentials();
    }
}
