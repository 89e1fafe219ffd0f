package org.credpath.api.http;

import java.time.Duration;

import io.javalin.config.JavalinConfig;

/**
 * Transport-level protection, installed once on the Javalin config: Jetty's own refusals as problem
 * documents ({@link JettyProblems}), a read idle timeout (a body that stops arriving is answered
 * 408), and 405 for a known path with the wrong method. The cap on
 * concurrent body reads is {@link RequestBodies}'s.
 */
public final class ServerGuards {
    /** A request whose bytes stop arriving for this long is answered 408. */
    public static final Duration READ_IDLE_TIMEOUT = Duration.ofSeconds(10);

    private ServerGuards() {
    }

    public static void install(JavalinConfig config) {
        config.http.prefer405over404 = true;
        config.jetty.timeoutStatus = 408;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
        config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(READ_IDLE_TIMEOUT.toMillis()));
    }
}
