package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.credpath.api.service.Services;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.TenantDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored row never stops a start, and what the index cannot hold is refused before it is stored. */
class StoredRowsTest {
    private static final String BIG = "{\"id\":\"big-provider\",\"title\":\"x\",\"provider\":\"" + "p".repeat(40_000) + "\"}";

    @TempDir
    Path dir;

    @Test
    void aCredentialTheIndexCannotHoldIsA400NamingTheFieldAndNothingIsStored() {
        try (LuceneCatalog catalog = new LuceneCatalog();
                TestApp app = TestApp.h2(dir, Services.none().withCatalog(catalog))) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            TestApp.Response r = app.post("/v1/credentials", key, "[{\"id\":\"fine\",\"title\":\"y\"}," + BIG + "]");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].provider");
            assertThat(r.json().get("errors").get(0).get("message").asString()).contains("40000"); // the body limit (500 characters) refuses it before the index check (32,766 bytes)
            assertThat(TenantDocuments.credentials(app.db).count("acme")).isZero();
            assertThat(app.get("/v1/credentials/fine", key).status()).isEqualTo(404);
            assertThat(catalog.size()).isZero();
        }
    }

    @Test
    void aStoredRowTheIndexRefusesIsLeftOutAtStartListedCountedAndRemovable() {
        String key;
        String admin;
        try (TestApp old = TestApp.h2(dir)) {
            key = old.key("acme", KeyType.TENANT, List.of());
            admin = old.key("ops", KeyType.ADMIN, List.of());
            // as stored by a version that did not check: the row is in the database
            TenantDocuments.credentials(old.db).upsert("acme", "big-provider", BIG);
            assertThat(old.post("/v1/credentials", key, "{\"id\":\"good\",\"title\":\"Good\"}").status()).isEqualTo(201);
        }
        try (LuceneCatalog catalog = new LuceneCatalog();
                TestApp app = TestApp.h2(dir, Services.none().withCatalog(catalog))) {
            assertThat(catalog.find("acme", "good")).isPresent();
            assertThat(catalog.find("acme", "big-provider")).isEmpty();
            var listed = app.get("/v1/admin/unloaded-rows", admin).json();
            assertThat(listed.get("total").asInt()).isEqualTo(1);
            assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo("big-provider");
            assertThat(listed.get("items").get(0).get("tenantId").asString()).isEqualTo("acme");
            assertThat(listed.get("items").get(0).get("reason").asString()).startsWith("provider: 40000 UTF-8 bytes");
            assertThat(app.get("/metrics", null).body()).contains("credpath_store_unloaded_rows 1.0");
            assertThat(app.get("/v1/admin/unloaded-rows", key).status()).isEqualTo(403);
            assertThat(app.delete("/v1/admin/unloaded-rows/credentials/acme/good", admin).status()).isEqualTo(404);
            assertThat(app.delete("/v1/admin/unloaded-rows/credentials/acme/big-provider", admin).status()).isEqualTo(204);
            assertThat(TenantDocuments.credentials(app.db).find("acme", "big-provider")).isEmpty();
            assertThat(TenantDocuments.credentials(app.db).find("acme", "good")).isPresent();
            assertThat(app.get("/metrics", null).body()).contains("credpath_store_unloaded_rows 0.0");
        }
        try (LuceneCatalog catalog = new LuceneCatalog();
                TestApp app = TestApp.h2(dir, Services.none().withCatalog(catalog))) {
            assertThat(app.get("/v1/admin/unloaded-rows", admin).json().get("total").asInt()).isZero();
            assertThat(catalog.size()).isEqualTo(1);
        }
    }

    @Test
    void aStoredRowThatIsNotACredentialIsLeftOutToo() {
        String admin;
        try (TestApp old = TestApp.h2(dir)) {
            admin = old.key("ops", KeyType.ADMIN, List.of());
            old.key("acme", KeyType.TENANT, List.of());
            TenantDocuments.credentials(old.db).upsert("acme", "broken", "{\"id\":\"broken\"}");
        }
        try (LuceneCatalog catalog = new LuceneCatalog();
                TestApp app = TestApp.h2(dir, Services.none().withCatalog(catalog))) {
            var item = app.get("/v1/admin/unloaded-rows", admin).json().get("items").get(0);
            assertThat(item.get("id").asString()).isEqualTo("broken");
            assertThat(item.get("reason").asString()).isEqualTo("the stored JSON is not a valid credential");
        }
    }
}
