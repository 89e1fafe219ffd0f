package org.credpath.api.ops;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;

/**
 * A stop that drains: the connectors stop accepting, requests already being handled run to the end
 * (new requests on kept-alive connections get 503) for up to the drain time, then Jetty stops. Uses
 * Jetty's {@link GracefulHandler} and stop timeout. Each step is logged on {@value #LOGGER}.
 */
public final class GracefulStop {
    public static final String LOGGER = "credpath.server";
    /** How long a stop waits for in-flight requests by default. */
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final GracefulHandler inFlight = new GracefulHandler();
    private final AtomicReference<Server> jetty = new AtomicReference<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Puts the in-flight counter in front of Javalin's handlers. */
    public void install(JavalinConfig config) {
        config.jetty.modifyServer(server -> {
            server.insertHandler(inFlight);
            jetty.set(server);
        });
    }

    /** Requests being handled now. */
    public long inFlight() {
        return inFlight.getCurrentRequestCount();
    }

    /** Also hands every step to {@code listener} (tests, embedding applications). */
    public void also(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Stops {@code app}, waiting up to {@code drain} for in-flight requests. */
    public void stop(Javalin app, Duration drain) {
        Server server = jetty.get();
        if (server != null) {
            server.setStopTimeout(Math.max(1, drain.toMillis()));
        }
        long n = inFlight();
        say("stopping: no new connections; draining " + n + " in-flight request" + (n == 1 ? "" : "s")
                + " (at most " + drain.toMillis() + " ms)");
        long t0 = System.nanoTime();
        boolean timedOut = false;
        try {
            app.stop();
        } catch (RuntimeException e) {
            if (!causedByTimeout(e)) {
                throw e;
            }
            timedOut = true; // Jetty went on stopping after the drain time; the requests left were cut off
        }
        long left = timedOut ? Math.max(1, inFlight()) : inFlight();
        say("HTTP stopped after " + (System.nanoTime() - t0) / 1_000_000 + " ms"
                + (left > 0 ? "; " + left + " request" + (left == 1 ? " was" : "s were") + " still in flight and cut off"
                        : "; every in-flight request finished"));
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Logs one step of a stop. */
    public void say(String step) {
        LOG.info(step);
        listeners.forEach(l -> l.accept(step));
    }
}
