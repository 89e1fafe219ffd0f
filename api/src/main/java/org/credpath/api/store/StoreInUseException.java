package org.credpath.api.store;

/** The embedded database is held by another process (a running server). */
public final class StoreInUseException extends StoreException {
    public StoreInUseException(String message) {
        super(message, null);
    }
}
