package org.credpath.api.store;

/** A database failure that is not the caller's fault (the HTTP layer answers 500 without details). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
