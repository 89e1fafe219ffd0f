package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.api.engine.LabourOccupations;
import org.credpath.api.service.Services;
import org.credpath.api.store.KeyType;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** Occupation and skill lookups over HTTP on the real ESCO / O*NET / BLS data (one load per class). */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OccupationApiTest {
    @TempDir
    static Path dir;
    TestApp app;
    String key;

    @BeforeAll
    void start() {
        LabourMarket market = LabourMarket.load(CredpathHome.locate(), System.err::println);
        app = TestApp.embedded(dir, Services.none().withOccupations(new LabourOccupations(market)));
        key = app.key("acme", KeyType.TENANT, List.of());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void freeTextTitleFindsTheOccupation() {
        TestApp.Response r = app.get("/v1/occupations?q=" + enc("software developer") + "&k=5", key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> labels = labels(r.json().get("items"));
        assertThat(labels).hasSizeBetween(1, 5).contains("software developer");
        JsonNode items = r.json().get("items");
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).get("score").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void skillSearchReturnsEscoSkills() {
        TestApp.Response r = app.get("/v1/skills?q=" + enc("SQL") + "&k=3", key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items.size()).isBetween(1, 3);
        assertThat(items.get(0).get("id").asString()).startsWith("http://data.europa.eu/esco/skill/");
        assertThat(labels(items).toString().toLowerCase()).contains("sql");
    }

    @Test
    void occupationByUuidHasSkillsAndWage() {
        String uri = app.get("/v1/occupations?q=" + enc("software developer") + "&k=1", key).json()
                .get("items").get(0).get("id").asString();
        String uuid = uri.substring(uri.lastIndexOf('/') + 1);
        TestApp.Response r = app.get("/v1/occupations/" + uuid, key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode o = r.json();
        assertThat(o.get("id").asString()).isEqualTo(uri);
        assertThat(o.get("essentialSkills").size()).isGreaterThan(5);
        assertThat(o.get("socCode").asString()).startsWith("15-");
        assertThat(o.get("medianWageUsd").asDouble()).isGreaterThan(50_000);
    }

    @Test
    void occupationByOnetCode() {
        TestApp.Response r = app.get("/v1/occupations/15-1252.00", key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("label").asString()).isNotBlank();
    }

    @Test
    void unknownOccupationIs404WithClosestMatches() {
        JsonNode p = assertProblem(app.get("/v1/occupations/" + enc("senior software developer guru"), key), 404, "id");
        assertThat(p.get("type").asString()).endsWith("unknown-occupation");
        assertThat(labels(p.get("closestMatches"))).hasSizeBetween(1, 5).anyMatch(l -> l.contains("software"));
        assertThat(p.get("detail").asString()).contains("closest matches");
        assertThat(p.get("closestMatches").get(0).get("id").asString()).startsWith("http://data.europa.eu/esco/occupation/");
    }

    @Test
    void missingQueryIs400() {
        assertProblem(app.get("/v1/occupations", key), 400, "q");
    }

    private static List<String> labels(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("label").asString()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
