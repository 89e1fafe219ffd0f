package org.credpath.engine.catalog;

/** How forgiving an exchange-format reader is. */
public enum ReadMode {
    /**
     * Files (CLI, bundled data): an unknown vocabulary value is read as {@code other} (credentialType)
     * or left unset (level, delivery) and an unknown field is ignored, each with a warning; a bad
     * record is skipped with an error; the good records are kept.
     */
    FILE,
    /**
     * HTTP request bodies: any unknown field, unknown vocabulary value or bad record fails the whole
     * batch; nothing is accepted partially.
     */
    STRICT
}
