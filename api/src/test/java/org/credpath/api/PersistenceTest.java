package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.credpath.api.auth.ApiKeys;
import org.credpath.api.service.Services;
import org.credpath.api.store.ApiKeyRepository;
import org.credpath.api.store.EventRepository;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.TenantRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void dataAndKeysSurviveARestart() {
        String key;
        try (TestApp first = TestApp.embedded(dir)) {
            key = first.key("acme", KeyType.TENANT, List.of());
            assertThat(first.post("/v1/learners", key, "{\"id\":\"l-7\",\"budgetUsd\":500}").status()).isEqualTo(201);
            assertThat(first.post("/v1/events", key, "{\"learnerId\":\"l-7\",\"credentialId\":\"c\",\"type\":\"click\","
                    + "\"timestamp\":\"2025-03-01T10:00:00Z\",\"position\":2,\"requestId\":\"r-1\"}").status()).isEqualTo(201);
        }
        try (TestApp second = TestApp.embedded(dir)) {
            assertThat(second.get("/v1/learners/l-7", key).json().get("budgetUsd").asDouble()).isEqualTo(500.0);
            var events = new EventRepository(second.db).list("acme", 10);
            assertThat(events).hasSize(1);
            assertThat(events.getFirst().position()).isEqualTo(2);
            assertThat(events.getFirst().requestId()).isEqualTo("r-1");
            assertThat(events.getFirst().timestamp()).hasToString("2025-03-01T10:00:00Z");
        }
    }

    @Test
    void addedCredentialsAreSearchableAgainAfterARestart() {
        String key;
        try (TestApp first = TestApp.embedded(dir, Services.none().withCatalog(new InMemoryCatalog(List.of())))) {
            key = first.key("acme", KeyType.TENANT, List.of());
            assertThat(first.post("/v1/credentials", key, "{\"id\":\"acme:k8s\",\"title\":\"Kubernetes basics\"}")
                    .status()).isEqualTo(201);
        }
        InMemoryCatalog fresh = new InMemoryCatalog(List.of());
        try (TestApp second = TestApp.embedded(dir, Services.none().withCatalog(fresh))) {
            assertThat(fresh.size()).isEqualTo(1);
            assertThat(second.get("/v1/credentials?q=kubernetes", key).json().get("items")).hasSize(1);
        }
    }

    @Test
    void developmentKeyIsCreatedOnlyOnANewDatabase() {
        try (TestApp app = TestApp.embedded(dir)) {
            TenantRepository tenants = new TenantRepository(app.db);
            ApiKeys keys = new ApiKeys(new ApiKeyRepository(app.db), tenants, System::nanoTime);
            var dev = Bootstrap.developmentKey(tenants, keys);
            assertThat(dev).isPresent();
            assertThat(dev.get().record().type()).isEqualTo(KeyType.ADMIN);
            assertThat(app.get("/v1/admin/tenants", dev.get().secret()).status()).isEqualTo(200);
            assertThat(Bootstrap.developmentKey(tenants, keys)).isEmpty();
        }
    }
}
