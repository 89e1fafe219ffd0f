package org.credpath.engine.catalog;

import java.io.IOException;
import java.nio.file.Path;

/** Reads credentials (JSON array file or JSONL, gzip-transparent); see {@link ExchangeReader}. */
public final class CredentialReader {

    private static final ExchangeReader<Credential> READER = new ExchangeReader<>(Credential.class, Credential::id);

    private CredentialReader() {
    }

    public static ReadResult<Credential> read(Path file, ReadMode mode) throws IOException {
        return READER.read(file, mode);
    }

    /** A request body: JSON array, one object, or JSONL. */
    public static ReadResult<Credential> read(String source, String body, ReadMode mode) {
        return READER.read(source, body, mode);
    }
}
