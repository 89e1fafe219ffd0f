package org.credpath.api.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forces the embedded H2 store file to the disk after a write commit (fsync through a read channel
 * on the same file: fsync applies to the file, whichever descriptor wrote it). H2 2.x has no setting
 * that syncs at commit; {@code CHECKPOINT SYNC} does, but also compacts the store on every call.
 * The channel stays open until {@link #close()}: closing any channel of a file drops the JVM's
 * locks on it, H2's included. For PostgreSQL this does nothing (its commit is already durable).
 */
final class StoreFileSync implements AutoCloseable {
    private final FileChannel channel;
    private final AtomicLong issued = new AtomicLong();
    private long synced;

    private StoreFileSync(FileChannel channel) {
        this.channel = channel;
    }

    static StoreFileSync open(DatabaseConfig config) {
        Path file = config.embeddedStoreFile().orElse(null);
        if (file == null || !Files.exists(file)) {
            return new StoreFileSync(null);
        }
        try {
            return new StoreFileSync(FileChannel.open(file, StandardOpenOption.READ));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + " to sync it: " + e.getMessage(), e);
        }
    }

    /**
     * fsync of the store file, shared by concurrent writers (group commit): each caller takes a
     * ticket after its commit has been written; one fsync started after ticket {@code t} was taken
     * covers every write with a ticket up to {@code t}. A failure is a failed write (the caller
     * answers an error, not a 2xx).
     */
    void force() {
        if (channel == null) {
            return;
        }
        long ticket = issued.incrementAndGet();
        synchronized (this) {
            if (synced >= ticket) {
                return;
            }
            long upTo = issued.get();
            try {
                channel.force(false);
            } catch (IOException e) {
                throw new StoreException("database file sync failed: " + e.getMessage(), e);
            }
            synced = upTo;
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing a read channel loses nothing
            }
        }
    }
}
