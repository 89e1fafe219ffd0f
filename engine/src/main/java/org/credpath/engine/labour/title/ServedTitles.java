package org.credpath.engine.labour.title;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The title resolver being served. {@link #ready} serves the full fused resolver at once; with
 * {@link #building} the lexical stages answer while the sentence encoder's vectors are read from
 * the cache or encoded (minutes on a first start) on a background thread, and the full resolver is
 * swapped in when they are ready. {@link #status()} says which is served and why, for readiness
 * probes; a failed build keeps the lexical stages and says how to rebuild.
 */
public final class ServedTitles {

    /** Which resolver answers. */
    public enum Stage {
        /** Encoder, evidence, exact labels, abbreviations and spelling, fused. */
        FUSED,
        /** The lexical stages only, while the encoder's vectors are being read or encoded. */
        LEXICAL_WHILE_ENCODING,
        /** The lexical stages only, because the encoder's vectors could not be built. */
        LEXICAL_ENCODER_FAILED
    }

    /** The stage and a human-readable reason (the last progress line while encoding). */
    public record Status(Stage stage, String detail) {
        public Status {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(detail, "detail");
        }
    }

    private volatile FusedTitleResolver current;
    private volatile Status status;
    private final CompletableFuture<FusedTitleResolver> done;
    /** Starts the build of a {@link #deferred} resolver; null once started (or when there is none). */
    private Runnable starter;

    private ServedTitles(FusedTitleResolver current, Status status, CompletableFuture<FusedTitleResolver> done) {
        this.current = Objects.requireNonNull(current, "current");
        this.status = status;
        this.done = done;
    }

    /** Serves {@code full} from the start. */
    public static ServedTitles ready(FusedTitleResolver full) {
        return new ServedTitles(full, new Status(Stage.FUSED, "sentence encoder and lexical stages"),
                CompletableFuture.completedFuture(full));
    }

    /**
     * Serves {@code lexical} until {@code build} (given a progress sink) returns the full resolver on
     * a daemon thread; progress lines go to {@code progress} and into {@link #status()}.
     *
     * @param rebuildHint what to do when the build fails (e.g. which folder to delete)
     */
    public static ServedTitles building(FusedTitleResolver lexical, Function<Consumer<String>, FusedTitleResolver> build,
                                        String rebuildHint, Consumer<String> progress) {
        ServedTitles served = deferred(lexical, build, rebuildHint, progress);
        served.start();
        return served;
    }

    /**
     * As {@link #building}, but the build starts only at {@link #start()} (or {@link #await()}): a
     * server starts it once it is ready, so that the build does not compete with the start for the CPU.
     */
    public static ServedTitles deferred(FusedTitleResolver lexical, Function<Consumer<String>, FusedTitleResolver> build,
                                        String rebuildHint, Consumer<String> progress) {
        ServedTitles served = new ServedTitles(lexical, new Status(Stage.LEXICAL_WHILE_ENCODING,
                "the title vectors are read or encoded once the server is ready"), new CompletableFuture<>());
        served.starter = () -> {
            served.status = new Status(Stage.LEXICAL_WHILE_ENCODING, "reading or encoding the title vectors");
            Thread t = new Thread(() -> served.run(build, rebuildHint, progress), "credpath-title-vectors");
            t.setDaemon(true);
            t.start();
        };
        return served;
    }

    /** Starts a {@link #deferred} build on a daemon thread; does nothing when it was started already. */
    public synchronized void start() {
        Runnable s = starter;
        starter = null;
        if (s != null) {
            s.run();
        }
    }

    private void run(Function<Consumer<String>, FusedTitleResolver> build, String rebuildHint, Consumer<String> progress) {
        long t0 = System.nanoTime();
        try {
            FusedTitleResolver full = build.apply(line -> {
                status = new Status(Stage.LEXICAL_WHILE_ENCODING, line);
                progress.accept(line);
            });
            current = Objects.requireNonNull(full, "the built resolver");
            status = new Status(Stage.FUSED, String.format(java.util.Locale.ROOT,
                    "sentence encoder and lexical stages (vectors ready after %.1f s)", (System.nanoTime() - t0) / 1e9));
            progress.accept("labour: title resolver: " + status.detail());
            done.complete(full);
        } catch (RuntimeException | Error e) {
            status = new Status(Stage.LEXICAL_ENCODER_FAILED, "the title vectors could not be built ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); job titles are read by the lexical"
                    + " stages only. " + rebuildHint);
            progress.accept("labour: " + status.detail());
            done.completeExceptionally(e);
        }
    }

    /** The resolver to use now. */
    public FusedTitleResolver current() {
        return current;
    }

    public Status status() {
        return status;
    }

    /** Waits for the full resolver (command-line tools and tests); rethrows a failed build. */
    public FusedTitleResolver await() {
        start();
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the title vectors", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(status.detail(), c);
        }
    }
}
