package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;

import org.credpath.api.auth.KeySpec;
import org.credpath.api.service.Services;
import org.credpath.api.store.KeyType;
import org.credpath.engine.catalog.Credential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitAndCorsTest {
    private static final String SHOP = "https://shop.example";

    @TempDir
    Path dir;
    TestApp app;
    InMemoryCatalog catalog;

    @BeforeEach
    void start() {
        catalog = new InMemoryCatalog(List.of(Credential.of("edx:sql", "Intro to SQL"), Credential.of("edx:py", "Python")));
        app = TestApp.embedded(dir, Services.none().withCatalog(catalog));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void overTheLimitIs429WithRetryAfterThenRecovers() {
        String key = app.issue("acme", new KeySpec(KeyType.TENANT, "slow", List.of(), 6, 2)).secret();
        assertThat(app.get("/v1/credentials?q=sql", key).status()).isEqualTo(200);
        assertThat(app.get("/v1/credentials?q=sql", key).status()).isEqualTo(200);
        TestApp.Response limited = app.get("/v1/credentials?q=sql", key);
        assertProblem(limited, 429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 10L);
        // another key of the same tenant has its own bucket
        String other = app.issue("acme", new KeySpec(KeyType.TENANT, "other", List.of(), 6, 2)).secret();
        assertThat(app.get("/v1/credentials?q=sql", other).status()).isEqualTo(200);
        app.advanceSeconds(10); // 6/min refills one token every 10 s
        assertThat(app.get("/v1/credentials?q=sql", key).status()).isEqualTo(200);
        assertProblem(app.get("/v1/credentials?q=sql", key), 429);
    }

    @Test
    void preflightIsAnsweredForAllowListedOriginsOnly() {
        app.key("acme", KeyType.PUBLIC, List.of(SHOP));
        TestApp.Response ok = app.send(app.request("/v1/credentials", null).header("Origin", SHOP)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-api-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(ok.status()).isEqualTo(204);
        assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(ok.header("Access-Control-Allow-Headers")).contains("X-API-Key");
        assertThat(ok.header("Access-Control-Allow-Methods")).contains("GET");

        TestApp.Response refused = app.send(app.request("/v1/credentials", null).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(refused, 403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void publicKeyWorksFromItsOriginOnlyAndGetsCorsHeaders() {
        String pub = app.key("acme", KeyType.PUBLIC, List.of(SHOP));
        TestApp.Response fromShop = app.send(app.request("/v1/credentials?q=sql", pub).header("Origin", SHOP).GET().build());
        assertThat(fromShop.status()).isEqualTo(200);
        assertThat(fromShop.json().get("items").get(0).get("credential").get("id").asString()).isEqualTo("edx:sql");
        assertThat(fromShop.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(fromShop.header("Vary")).contains("Origin");

        assertProblem(app.send(app.request("/v1/credentials?q=sql", pub).header("Origin", "https://evil.example")
                .GET().build()), 403);
        assertProblem(app.get("/v1/credentials?q=sql", pub), 403); // no Origin: not from a browser page
    }

    @Test
    void addedCredentialsAreSearchableAtOnceForTheirTenantOnly() {
        String a = app.key("acme", KeyType.TENANT, List.of());
        String b = app.key("globex", KeyType.TENANT, List.of());
        TestApp.Response up = app.post("/v1/credentials", a, "{\"id\":\"acme:sql-adv\",\"title\":\"Advanced SQL\"}");
        assertThat(up.status()).isEqualTo(201);
        assertThat(up.json().get("indexed")).as(up.body()).isNotNull();
        assertThat(up.json().get("indexed").asBoolean()).isTrue();
        assertThat(app.get("/v1/credentials?q=advanced", a).json().get("items")).hasSize(1);
        assertThat(app.get("/v1/credentials?q=advanced", b).json().get("items")).isEmpty();
        assertProblem(app.get("/v1/credentials/acme:sql-adv", b), 404);
        assertThat(app.get("/v1/credentials/edx:py", b).json().get("title").asString()).isEqualTo("Python");
    }
}
