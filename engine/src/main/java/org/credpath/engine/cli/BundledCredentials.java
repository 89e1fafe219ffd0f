package org.credpath.engine.cli;

import java.util.List;
import java.util.function.Supplier;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;

/** The bundled catalogue, loaded on demand (only when an index must be built). */
final class BundledCredentials {

    private BundledCredentials() {
    }

    static Supplier<List<Credential>> loader(CredpathHome home) {
        return () -> {
            throw new UnsupportedOperationException("bundled catalogue not merged yet");
        };
    }
}
