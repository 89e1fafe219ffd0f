package org.credpath.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.credpath.api.auth.IssuedKey;
import org.credpath.api.auth.KeySpec;
import org.credpath.api.http.ApiJson;
import org.credpath.api.service.Services;
import org.credpath.api.store.Database;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.Tenant;
import org.credpath.api.store.TenantRepository;

import tools.jackson.databind.JsonNode;

/**
 * A server on port 0 over a database in a temp folder, with a hand-driven clock (rate limits
 * and caches move only when a test advances it) and a JDK HTTP client.
 */
final class TestApp implements AutoCloseable {

    /** One HTTP answer. */
    record Response(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            return ApiJson.mapper().readTree(body);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    final AtomicLong clock = new AtomicLong(1_000_000_000L);
    final Database db;
    final ApiServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TestApp(DatabaseConfig config, Services services) {
        db = Database.open(config);
        server = ApiServer.create(db, services, ApiOptions.defaults(), clock::get).start("127.0.0.1", 0);
    }

    static TestApp embedded(Path dir) {
        return new TestApp(DatabaseConfig.embedded(dir), Services.none());
    }

    static TestApp embedded(Path dir, Services services) {
        return new TestApp(DatabaseConfig.embedded(dir), services);
    }

    /** Creates a tenant (if new) and issues it a key. */
    String key(String tenantId, KeyType type, List<String> origins) {
        return issue(tenantId, KeySpec.defaults(type, "test", origins)).secret();
    }

    IssuedKey issue(String tenantId, KeySpec spec) {
        TenantRepository tenants = new TenantRepository(db);
        if (tenants.find(tenantId).isEmpty()) {
            tenants.create(new Tenant(tenantId, "Tenant " + tenantId, OffsetDateTime.now(ZoneOffset.UTC)));
        }
        return server.keys().issue(tenantId, spec);
    }

    Response get(String path, String key) {
        return send(request(path, key).GET().build());
    }

    Response delete(String path, String key) {
        return send(request(path, key).DELETE().build());
    }

    Response post(String path, String key, String body) {
        return send(request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response put(String path, String key, String body) {
        return send(request(path, key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return b;
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void advanceSeconds(long s) {
        clock.addAndGet(s * 1_000_000_000L);
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }
}
