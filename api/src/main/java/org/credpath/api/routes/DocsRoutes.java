package org.credpath.api.routes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.credpath.api.auth.Access;
import org.credpath.api.metrics.ApiMetrics;

import io.javalin.config.RoutesConfig;

/**
 * {@code /openapi.json} (the hand-written OpenAPI 3 document), {@code /docs} (Swagger UI from the
 * {@code org.webjars:swagger-ui} jar, no CDN) and {@code /metrics} (Prometheus text).
 */
public final class DocsRoutes {
    private final String openApi;
    private final String docsPage;
    private final ApiMetrics metrics;

    public DocsRoutes(ApiMetrics metrics) {
        this.metrics = metrics;
        this.openApi = resource("/openapi.json");
        this.docsPage = resource("/docs.html").replace("{{SWAGGER_UI}}", "/webjars/swagger-ui/" + swaggerUiVersion());
    }

    public void register(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi), Access.OPEN);
        routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(docsPage), Access.OPEN);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()), Access.OPEN);
    }

    static String swaggerUiVersion() {
        Properties p = new Properties();
        try (InputStream in = DocsRoutes.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("swagger-ui webjar missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = DocsRoutes.class.getResourceAsStream("/org/credpath/api" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
