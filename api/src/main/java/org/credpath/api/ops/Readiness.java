package org.credpath.api.ops;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the server takes traffic: set when it starts serving (after the engine and the database
 * are loaded), cleared when a stop begins, so a load balancer sends no new requests while the
 * in-flight ones drain.
 */
public final class Readiness {
    private final AtomicBoolean serving = new AtomicBoolean();

    public void serving() {
        serving.set(true);
    }

    public void draining() {
        serving.set(false);
    }

    public boolean isServing() {
        return serving.get();
    }
}
