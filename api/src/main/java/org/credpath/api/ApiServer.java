package org.credpath.api;

import java.util.Map;

import org.credpath.engine.data.CredpathHome;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;

/** Builds and starts the Javalin application. */
public final class ApiServer {
    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    public static Javalin create(CredpathHome home) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson3());
            config.routes.get("/v1/health", ctx -> ctx.json(Map.of("status", "ok")));
        });
    }

    public static ApiServer start(CredpathHome home, String host, int port) {
        Javalin app = create(home);
        app.start(host, port);
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
