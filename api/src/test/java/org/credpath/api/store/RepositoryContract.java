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
 * {@link Database} (the embedded SQLite file, or a real PostgreSQL server).
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

    @Test
    void anEventIdIsStoredOncePerTenant() {
        String a = newTenant("ev-ids-a");
        String b = newTenant("ev-ids-b");
        EventRepository events = new EventRepository(db());
        Instant t0 = Instant.parse("2025-03-01T10:00:00Z");
        List<Event> batch = List.of(new Event("l-1", "c-1", EventType.CLICK, t0, null, null, "e-1"),
                new Event("l-1", "c-2", EventType.CLICK, t0, null, null, null));
        assertThat(events.appendAll(a, batch)).isEqualTo(2);
        assertThat(events.appendAll(a, batch)).isEqualTo(1);
        assertThat(events.appendAll(b, batch)).isEqualTo(2);
        assertThat(events.count(a)).isEqualTo(3);
        assertThat(events.list(a, 10)).extracting(Event::id).containsExactly("e-1", null, null);
    }

    @Test
    void erasingALearnerRemovesTheirRowsOnlyInThatTenant() {
        String a = newTenant("erase-a");
        String b = newTenant("erase-b");
        Instant t0 = Instant.parse("2025-03-01T10:00:00Z");
        for (String t : List.of(a, b)) {
            TenantDocuments.learners(db()).upsert(t, "l-1", "{}");
            TenantDocuments.learners(db()).upsert(t, "l-2", "{}");
            new EventRepository(db()).appendAll(t, List.of(Event.of("l-1", "c", EventType.CLICK, t0),
                    Event.of("l-1", "d", EventType.CLICK, t0), Event.of("l-2", "c", EventType.CLICK, t0)));
            new PathwayRepository(db()).save(t, "p-1", "l-1", "{}");
            new PathwayRepository(db()).save(t, "p-2", "l-2", "{}");
            assertThat(new TeamRepository(db()).save(t, "team-1", "Ops", "[]", List.of("l-2", "l-1")).unknownLearner())
                    .isEqualTo(-1);
        }
        assertThat(new LearnerErasure(db()).delete(a, "l-1")).isEqualTo(new LearnerErasure.Deleted(1, 2, 1, 1));
        assertThat(new LearnerErasure(db()).delete(a, "l-1").any()).isFalse();
        assertThat(TenantDocuments.learners(db()).list(a, 10)).extracting(StoredDocument::id).containsExactly("l-2");
        assertThat(new EventRepository(db()).count(a)).isEqualTo(1);
        assertThat(new PathwayRepository(db()).listByLearner(a, "l-2", null, 10)).hasSize(1);
        assertThat(TenantDocuments.learners(db()).count(b)).isEqualTo(2);
        assertThat(new EventRepository(db()).count(b)).isEqualTo(3);
        assertThat(new PathwayRepository(db()).listByLearner(b, "l-1", null, 10)).hasSize(1);
        assertThat(new TeamRepository(db()).find(a, "team-1").orElseThrow().learnerIds()).containsExactly("l-2");
        assertThat(new TeamRepository(db()).find(b, "team-1").orElseThrow().learnerIds()).containsExactly("l-2", "l-1");
    }

    @Test
    void teamsKeepTheirMembersInOrderAndOnlyTheTenantsOwnLearners() {
        String a = newTenant("teams-a");
        String b = newTenant("teams-b");
        for (String id : List.of("l-1", "l-2", "l-3")) {
            TenantDocuments.learners(db()).upsert(a, id, "{}");
        }
        TenantDocuments.learners(db()).upsert(b, "l-b", "{}");
        TeamRepository teams = new TeamRepository(db());
        assertThat(teams.save(a, "t-1", "Data", "[\"data analyst\"]", List.of("l-3", "l-1"))).isEqualTo(
                new TeamRepository.Saved(true, -1));
        // another tenant's learner is unknown here: nothing is written
        assertThat(teams.save(a, "t-1", "Renamed", "[]", List.of("l-2", "l-b"))).isEqualTo(new TeamRepository.Saved(false, 1));
        TeamRepository.StoredTeam t = teams.find(a, "t-1").orElseThrow();
        assertThat(t.name()).isEqualTo("Data");
        assertThat(t.learnerIds()).containsExactly("l-3", "l-1");
        assertThat(t.targetOccupationsJson()).isEqualTo("[\"data analyst\"]");
        assertThat(teams.save(a, "t-1", "Renamed", "[]", List.of("l-2"))).isEqualTo(new TeamRepository.Saved(false, -1));
        assertThat(teams.find(a, "t-1").orElseThrow().learnerIds()).containsExactly("l-2");
        assertThat(teams.find(b, "t-1")).isEmpty();
        teams.save(a, "t-0", "Other", "[]", List.of("l-1", "l-2", "l-3"));
        assertThat(teams.list(a, null, 10)).extracting(TeamRepository.StoredTeam::id).containsExactly("t-0", "t-1");
        assertThat(teams.list(a, "t-0", 10)).singleElement().extracting(TeamRepository.StoredTeam::name).isEqualTo("Renamed");
        assertThat(teams.delete(b, "t-1")).isFalse();
        assertThat(teams.delete(a, "t-1")).isTrue();
        assertThat(teams.find(a, "t-1")).isEmpty();
        assertThat(teams.list(a, null, 10)).hasSize(1);
    }

    @Test
    void listsPageAfterAnId() {
        String a = newTenant("pages");
        for (String id : List.of("l-3", "l-1", "l-2")) {
            TenantDocuments.learners(db()).upsert(a, id, "{}");
        }
        assertThat(TenantDocuments.learners(db()).list(a, "l-1", 10)).extracting(StoredDocument::id)
                .containsExactly("l-2", "l-3");
        assertThat(TenantDocuments.learners(db()).list(a, null, 2)).extracting(StoredDocument::id)
                .containsExactly("l-1", "l-2");
    }
}
