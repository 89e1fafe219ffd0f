package org.credpath.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.junit.jupiter.api.Test;

/**
 * The same repository behaviour on every database: subclasses supply a fresh, migrated
 * {@link Database} (H2 file, or a real PostgreSQL server).
 */
abstract class RepositoryContract {

    /** A migrated database with no tenants in it yet (tenant ids are unique per run). */
    abstract Database db();

    /** A tenant id unique to this run, so shared servers need no cleanup. */
    abstract String tenant(String base);

    private String newTenant(String base) {
        String id = tenant(base);
        new TenantRepository(db()).create(new Tenant(id, "T " + base, OffsetDateTime.now(ZoneOffset.UTC)));
        return id;
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tenantsAreCreatedOnce() {
        TenantRepository tenants = new TenantRepository(db());
        String id = tenant("once");
        assertThat(tenants.create(new Tenant(id, "One", OffsetDateTime.now(ZoneOffset.UTC)))).isTrue();
        assertThat(tenants.create(new Tenant(id, "Two", OffsetDateTime.now(ZoneOffset.UTC)))).isFalse();
        assertThat(tenants.find(id).orElseThrow().name()).isEqualTo("One");
    }

    @Test
    void apiKeysRoundTripWithOriginsAndRevocation() {
        String t = newTenant("keys");
        ApiKeyRepository keys = new ApiKeyRepository(db());
        String hash = sha256(t);
        ApiKeyRecord k = new ApiKeyRecord("key_" + t, t, hash, KeyType.PUBLIC, "widget",
                List.of("https://shop.example", "http://localhost:3000"), 120, 20,
                OffsetDateTime.now(ZoneOffset.UTC), null);
        keys.insert(k);
        ApiKeyRecord read = keys.findByHash(hash).orElseThrow();
        assertThat(read.origins()).containsExactly("https://shop.example", "http://localhost:3000");
        assertThat(read.type()).isEqualTo(KeyType.PUBLIC);
        assertThat(keys.publicOrigins()).contains("https://shop.example");
        assertThat(keys.revoke(k.id())).isTrue();
        assertThat(keys.revoke(k.id())).isFalse();
        assertThat(keys.findByHash(hash).orElseThrow().revoked()).isTrue();
    }

    @Test
    void documentsAreIsolatedPerTenantAndUpsertReportsCreatedOrUpdated() {
        String a = newTenant("docs-a");
        String b = newTenant("docs-b");
        TenantDocuments learners = TenantDocuments.learners(db());
        assertThat(learners.insertIfAbsent(a, "l-1", "{\"id\":\"l-1\"}")).isTrue();
        assertThat(learners.insertIfAbsent(a, "l-1", "{\"id\":\"l-1\",\"x\":1}")).isFalse();
        assertThat(learners.find(b, "l-1")).isEmpty();
        assertThat(learners.upsert(b, "l-1", "{\"b\":true}")).isEqualTo(TenantDocuments.Outcome.CREATED);
        assertThat(learners.upsert(b, "l-1", "{\"b\":false}")).isEqualTo(TenantDocuments.Outcome.UPDATED);
        assertThat(learners.find(a, "l-1").orElseThrow().json()).isEqualTo("{\"id\":\"l-1\"}");
        assertThat(learners.find(b, "l-1").orElseThrow().json()).isEqualTo("{\"b\":false}");
        assertThat(learners.delete(a, "l-1")).isTrue();
        assertThat(learners.find(b, "l-1")).isPresent();
    }

    @Test
    void upsertAllIsAllOrNothing() {
        String a = newTenant("bulk");
        TenantDocuments creds = TenantDocuments.credentials(db());
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("c-1", "{}");
        docs.put("x".repeat(400), "{}"); // longer than the id column: the whole batch fails
        assertThatThrownBy(() -> creds.upsertAll(a, docs)).isInstanceOf(RuntimeException.class);
        assertThat(creds.count(a)).isZero();
        assertThat(creds.upsertAll(a, Map.of("c-1", "{}", "c-2", "{}"))).isEqualTo(2);
        assertThat(creds.list(a, 10)).extracting(StoredDocument::id).containsExactly("c-1", "c-2");
    }

    @Test
    void eventsKeepTimestampsPositionsAndOrder() {
        String a = newTenant("events");
        EventRepository events = new EventRepository(db());
        Instant t0 = Instant.parse("2025-03-01T10:00:00Z");
        events.appendAll(a, List.of(
                new Event("l-1", "c-2", EventType.ENROL, t0.plusSeconds(60), null, null),
                new Event("l-1", "c-1", EventType.IMPRESSION, t0, 3, "r-1")));
        List<Event> read = events.list(a, 10);
        assertThat(read).hasSize(2);
        assertThat(read.get(0)).isEqualTo(new Event("l-1", "c-1", EventType.IMPRESSION, t0, 3, "r-1"));
        assertThat(read.get(1).position()).isNull();
        assertThat(events.count(a)).isEqualTo(2);
    }

    @Test
    void pathwaysAreSavedPerTenant() {
        String a = newTenant("paths-a");
        String b = newTenant("paths-b");
        PathwayRepository pathways = new PathwayRepository(db());
        pathways.save(a, "p-1", "l-1", "{\"steps\":[]}");
        assertThat(pathways.find(a, "p-1").orElseThrow().json()).isEqualTo("{\"steps\":[]}");
        assertThat(pathways.find(b, "p-1")).isEmpty();
    }
}
