package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.api.engine.IndexedCatalog;
import org.credpath.api.service.Services;
import org.credpath.api.store.KeyType;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.recommend.Catalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** Catalogue search, lookup, upload and delete over HTTP on the real bundled catalogue (indexed once per class). */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogApiTest {
    @TempDir
    static Path dir;
    TestApp app;
    String acme;
    String other;

    private static final String NEW_COURSE = """
            [{"id":"acme:quantum-basket-weaving","title":"Quantum basket weaving for data engineers",
              "description":"Weave baskets with qubits and Python.","credentialType":"badge","hours":3,"costUsd":0,
              "delivery":"online"}]""";

    @BeforeAll
    void start() {
        CredpathHome home = CredpathHome.locate();
        Catalogue catalogue = Catalogue.build(home, EscoLoader.load(home), null, System.err);
        app = TestApp.h2(dir, Services.none().withCatalog(new IndexedCatalog(catalogue)));
        acme = app.key("acme", KeyType.TENANT, List.of());
        other = app.key("other", KeyType.TENANT, List.of());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void textSearchHonoursFilters() {
        TestApp.Response r = app.get("/v1/credentials?q=" + enc("python programming") + "&k=7&maxHours=40", acme);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items.size()).isEqualTo(7);
        assertThat(titles(items).toString().toLowerCase()).contains("python");
        items.forEach(i -> assertThat(i.get("credential").get("hours").asDouble()).isLessThanOrEqualTo(40));
        double first = items.get(0).get("score").asDouble();
        assertThat(items.get(6).get("score").asDouble()).isLessThanOrEqualTo(first);
    }

    @Test
    void filterOnlyListingAppliesTypeAndDelivery() {
        TestApp.Response r = app.get("/v1/credentials?type=professional-certificate&k=5", acme);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items.size()).isBetween(1, 5);
        items.forEach(i -> assertThat(i.get("credential").get("credentialType").asString())
                .isEqualTo("professional-certificate"));
    }

    @Test
    void deliveryFilterWithATenantCredentialWithoutDeliveryIs200() {
        TestApp.Response up = app.post("/v1/credentials", other, "[{\"id\":\"other:bare\",\"title\":\"Bare\"}]");
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        TestApp.Response r = app.get("/v1/credentials?delivery=online&k=50", other);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(ids(r.json().get("items"))).doesNotContain("other:bare");
        r.json().get("items").forEach(i -> assertThat(i.get("credential").get("delivery").asString()).isEqualTo("online"));
    }

    @Test
    void shippedCredentialByIdCarriesInferredSkills() {
        String id = app.get("/v1/credentials?q=" + enc("machine learning") + "&k=1", acme).json()
                .get("items").get(0).get("credential").get("id").asString();
        TestApp.Response r = app.get("/v1/credentials/" + enc(id), acme);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("id").asString()).isEqualTo(id);
        assertThat(r.json().get("skills").size()).isPositive();
    }

    @Test
    void addedCredentialIsSearchableAtOnceOnlyByItsTenantAndGoneAfterDelete() {
        TestApp.Response up = app.post("/v1/credentials", acme, NEW_COURSE);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        assertThat(up.json().get("indexed").asBoolean()).isTrue();
        String q = "/v1/credentials?q=" + enc("quantum basket weaving") + "&k=3";
        assertThat(ids(app.get(q, acme).json().get("items"))).first().isEqualTo("acme:quantum-basket-weaving");
        assertThat(ids(app.get(q, other).json().get("items"))).doesNotContain("acme:quantum-basket-weaving");
        assertThat(app.get("/v1/credentials/acme:quantum-basket-weaving", other).status()).isEqualTo(404);

        assertThat(app.delete("/v1/credentials/acme:quantum-basket-weaving", acme).status()).isEqualTo(204);
        assertThat(ids(app.get(q, acme).json().get("items"))).doesNotContain("acme:quantum-basket-weaving");
    }

    @Test
    void unknownIdIs404AndBadKIs400() {
        assertProblem(app.get("/v1/credentials/no-such-credential", acme), 404);
        assertProblem(app.get("/v1/credentials?q=python&k=0", acme), 400, "k");
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("credential").get("id").asString()));
        return out;
    }

    private static List<String> titles(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("credential").get("title").asString()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
