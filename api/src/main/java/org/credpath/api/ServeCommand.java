package org.credpath.api;

import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credpath serve}: the HTTP API on the bundled data and model. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP API on the bundled data and model.")
public final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: must be 0..65535, got " + port);
        }
        CredpathHome home = CredpathHome.locate();
        ApiServer server = ApiServer.start(home, host, port);
        System.err.println("Credpath API listening on http://" + host + ":" + server.port() + "/v1/health");
        serving = true;
        return 0;
    }

    static boolean serving() {
        return serving;
    }
}
