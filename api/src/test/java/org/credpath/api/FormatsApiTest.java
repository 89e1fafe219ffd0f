package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.credpath.api.service.ExpectedReturn;
import org.credpath.api.service.Pathway;
import org.credpath.api.service.PathwayService;
import org.credpath.api.service.PathwayStep;
import org.credpath.api.service.PlannedPathways;
import org.credpath.api.service.Services;
import org.credpath.api.store.KeyType;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** The credential world's formats over HTTP: CTDL and CSV import, pathway export, wallet badges as held credentials. */
class FormatsApiTest {
    static final String HOSTILE = "<script>alert(1)</script>\u202E";
    static final Credential SHIPPED = new Credential("coursera:sql-basics", "SQL Basics", "Acme U", "Learn SQL.", null,
            "https://courses.example/sql-basics", CredentialType.COURSE, null, 20.0, 49.0, null, "en", null, null, null,
            null, null, null, null, null);
    static final Credential HOSTILE_CREDENTIAL = new Credential("x:hostile", HOSTILE + " course", HOSTILE, null, null,
            "javascript:alert(1)", CredentialType.BADGE, null, null, null, null, null, null, null, null, null, null, null,
            null, null);

    @TempDir
    Path dir;

    TestApp app(InMemoryCatalog catalog) {
        Pathway planned = new Pathway(null, "http://data.europa.eu/esco/occupation/x", List.of(
                new PathwayStep(SHIPPED.id(), SHIPPED.title(), 20.0, 49.0, List.of("SQL"), "covers SQL"),
                new PathwayStep(HOSTILE_CREDENTIAL.id(), HOSTILE_CREDENTIAL.title(), null, null, List.of(), HOSTILE)),
                new ExpectedReturn(1000, 500, 2000, 1100, null, null, null, null, null, 0, 5, "estimate", List.of()), List.of("cheapest pathway " + HOSTILE));
        return TestApp.embedded(dir, Services.none().withCatalog(catalog)
                .withPathways(new PathwayService() {
                    @Override
                    public PlannedPathways plan(String tenant, Learner learner, String target, int max) {
                        return PlannedPathways.of(List.of(planned));
                    }

                    @Override
                    public PlannedPathways evaluate(String tenant, Learner learner, String target, List<String> steps) {
                        throw new UnsupportedOperationException("not used by these tests");
                    }
                }));
    }

    @Test
    void ctdlImportStoresEveryCredentialAndAnswersWithWarningsAndOccupations() {
        InMemoryCatalog catalog = new InMemoryCatalog(List.of());
        try (TestApp app = app(catalog)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            TestApp.Response r = send(app, "/v1/credentials", key, "application/ld+json",
                    sample("/interop/ctdl/ra-certification-detailed-graph.json"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.json().get("stored").asInt()).isEqualTo(2);
            assertThat(r.json().get("occupations").get(0).get("code").asString()).isEqualTo("15-1122.00");
            TestApp.Response got = app.get("/v1/credentials/ctdl:ce-509682bb-658e-4eb6-87f2-ebff5d5e0aec", key);
            assertThat(got.status()).as(got.body()).isEqualTo(200);
            assertThat(got.json().get("title").asString()).isEqualTo("My Certification Name");
            assertThat(got.json().get("costUsd").asDouble()).isEqualTo(13099.0);
            assertThat(catalog.find("acme", "ctdl:ce-509682bb-658e-4eb6-87f2-ebff5d5e0aec")).isPresent();
        }
    }

    @Test
    void invalidCtdlIsRefusedNamingRecordAndFieldAndNothingIsStored() {
        try (TestApp app = app(new InMemoryCatalog(List.of()))) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            String doc = """
                    {"@graph":[{"@type":"ceterms:Course","ceterms:ctid":"ce-ok","ceterms:name":"Fine"},
                     {"@type":"ceterms:Course","ceterms:ctid":"ce-bad","ceterms:name":"Bad",
                      "ceterms:estimatedCost":[{"ceterms:price":-3}]}]}""";
            TestApp.Response r = send(app, "/v1/credentials", key, "application/ld+json", doc);
            assertProblem(r, 400, "@graph[1] (ce-bad) ceterms:estimatedCost[0].ceterms:price");
            assertThat(r.body()).contains("must be a number >= 0, got -3");
            assertThat(app.get("/v1/credentials/ctdl:ce-ok", key).status()).isEqualTo(404);
            TestApp.Response malformed = send(app, "/v1/credentials", key, "application/ld+json", "{\"@graph\": [");
            assertProblem(malformed, 400, "");
            assertThat(malformed.body()).contains("malformed JSON-LD");
        }
    }

    @Test
    void hostileImportsAreStoredAsTextOrRefusedByTheLimits() {
        try (TestApp app = app(new InMemoryCatalog(List.of()))) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            String rtl = "\u202E\u200F" + HOSTILE;
            TestApp.Response ok = send(app, "/v1/credentials", key, "application/ld+json",
                    "{\"@type\":\"ceterms:Badge\",\"ceterms:ctid\":\"ce-h\",\"ceterms:name\":{\"en\":\"" + rtl
                            + "\"},\"ceterms:description\":\"" + "d".repeat(10_000) + "\"}");
            assertThat(ok.status()).as(ok.body()).isEqualTo(201);
            JsonNode stored = app.get("/v1/credentials/ctdl:ce-h", key).json();
            assertThat(stored.get("title").asString()).isEqualTo(rtl);
            assertThat(stored.get("description").asString()).hasSize(10_000);
            TestApp.Response tooLong = send(app, "/v1/credentials", key, "text/csv", "id,title\nx:long," + "t".repeat(10_000) + "\n");
            assertProblem(tooLong, 400, "[0].title");
            assertThat(app.get("/v1/credentials/x:long", key).status()).isEqualTo(404);
        }
    }

    @Test
    void csvImportUsesTheColumnMappingAndRefusesBadNumbersWhole() {
        try (TestApp app = app(new InMemoryCatalog(List.of()))) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            String mapping = "?column.title=" + enc("Course Name") + "&column.hours=Hrs&idPrefix=acme";
            TestApp.Response ok = send(app, "/v1/credentials" + mapping, key, "text/csv",
                    "Course Name,Hrs,url\nData Viz,12,https://x.example/dv\n\"" + HOSTILE + "\",3,\n");
            assertThat(ok.status()).as(ok.body()).isEqualTo(201);
            assertThat(ok.json().get("ids").get(0).asString()).isEqualTo("acme:data-viz");
            assertThat(app.get("/v1/credentials/acme:data-viz", key).json().get("hours").asDouble()).isEqualTo(12.0);

            TestApp.Response bad = send(app, "/v1/credentials" + mapping, key, "text/csv",
                    "Course Name,Hrs\nCharts,4\nMaps,four\n");
            assertProblem(bad, 400, "row 2 (line 3) Hrs (hours)");
            assertThat(app.get("/v1/credentials/acme:charts", key).status()).isEqualTo(404);

            TestApp.Response wrong = send(app, "/v1/credentials?column.title=Nom", key, "text/csv", "Name\nX\n");
            assertProblem(wrong, 400, "title");
            assertThat(wrong.body()).contains("column 'Nom' is not in the header");
            assertProblem(send(app, "/v1/credentials", key, "text/plain", "x"), 415);
        }
    }

    @Test
    void pathwayExportsAsCtdlHtmlAndIcal() {
        try (TestApp app = app(new InMemoryCatalog(List.of(SHIPPED, HOSTILE_CREDENTIAL)))) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            assertThat(app.post("/v1/learners", key, "{\"id\":\"l-1\",\"hoursPerWeek\":10}").status()).isEqualTo(201);
            TestApp.Response planned = app.post("/v1/pathways", key, "{\"learnerId\":\"l-1\",\"targetOccupation\":\"x\"}");
            assertThat(planned.status()).as(planned.body()).isEqualTo(200);
            String id = planned.json().get("pathways").get(0).get("id").asString();

            TestApp.Response ctdl = app.get("/v1/pathways/" + id + "?format=ctdl", key);
            assertThat(ctdl.status()).isEqualTo(200);
            assertThat(ctdl.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
            JsonNode graph = ctdl.json().get("@graph");
            assertThat(graph.get(0).get("@type").asString()).isEqualTo("ceterms:Pathway");
            assertThat(graph.get(3).get("ceterms:subjectWebpage").asString()).isEqualTo(SHIPPED.url());

            TestApp.Response html = app.send(app.request("/v1/pathways/" + id, key).header("Accept", "text/html").GET().build());
            assertThat(html.status()).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(html.body()).doesNotContain("<script>").doesNotContain("javascript:")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");

            TestApp.Response ics = app.get("/v1/pathways/" + id + "?format=ical&start=2027-01-04", key);
            assertThat(ics.status()).isEqualTo(200);
            // the stored learner studies 10 h a week: 20 h = 14 days
            assertThat(ics.body()).contains("DTSTART;VALUE=DATE:20270104\r\nDTEND;VALUE=DATE:20270118\r\n");
            assertThat(app.get("/v1/pathways/" + id + "?format=ical&start=2027-01-04&hoursPerWeek=20", key).body())
                    .contains("DTEND;VALUE=DATE:20270111\r\n");
            assertThat(app.get("/v1/pathways/" + id, key).json().get("id").asString()).isEqualTo(id);
            assertProblem(app.get("/v1/pathways/" + id + "?format=pdf", key), 400, "format");
            assertProblem(app.get("/v1/pathways/" + id + "?format=ical&start=tomorrow", key), 400, "start");
            assertProblem(app.get("/v1/pathways/" + id + "?format=ical&hoursPerWeek=0", key), 400, "hoursPerWeek");
        }
    }

    @Test
    void exportedCtdlImportsBackWithTheSameFields() {
        try (TestApp app = app(new InMemoryCatalog(List.of(SHIPPED, HOSTILE_CREDENTIAL)))) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            String id = app.post("/v1/pathways", key, "{\"learner\":{},\"targetOccupation\":\"x\"}").json()
                    .get("pathways").get(0).get("id").asString();
            String jsonld = app.get("/v1/pathways/" + id + "?format=ctdl", key).body();
            String before = app.get("/v1/credentials/" + SHIPPED.id(), key).body();
            TestApp.Response r = send(app, "/v1/credentials", key, "application/ld+json", jsonld);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.json().get("ids")).extracting(JsonNode::asString).containsExactly(SHIPPED.id(), HOSTILE_CREDENTIAL.id());
            // now the tenant's own copy, read back from the database: the same credential as the shipped one
            Credential shipped = org.credpath.api.http.ApiJson.mapper().readValue(before, Credential.class);
            Credential copy = org.credpath.api.http.ApiJson.mapper().readValue(
                    app.get("/v1/credentials/" + SHIPPED.id(), key).body(), Credential.class);
            assertThat(shipped).isEqualTo(SHIPPED);
            assertThat(copy).isEqualTo(SHIPPED);
            assertThat(app.get("/v1/credentials/" + HOSTILE_CREDENTIAL.id(), key).json().get("title").asString())
                    .isEqualTo(HOSTILE_CREDENTIAL.title());
        }
    }

    @Test
    void walletBadgesMatchingTheCatalogueBecomeHeldCredentials() {
        Credential named = new Credential("acme:data-science-fundamentals", "Data Science Fundamentals", null, null, null,
                null, CredentialType.MICRO_CREDENTIAL, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        try (TestApp app = app(new InMemoryCatalog(List.of(named)))) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            app.post("/v1/learners", key, "{\"id\":\"l-1\"}");
            TestApp.Response r = app.post("/v1/learners/l-1/wallet", key, "[" + badge("mynextid-microcredential-unsigned.json")
                    + "," + badge("dcpv-simple-eddsa-rdfc-2022.json") + "]");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.get("matched")).hasSize(1);
            assertThat(body.get("matched").get(0).get("rule").asString()).isEqualTo("name");
            assertThat(body.get("addedCredentials").get(0).asString()).isEqualTo(named.id());
            JsonNode learner = app.get("/v1/learners/l-1", key).json();
            assertThat(learner.get("heldCredentials").get(0).asString()).isEqualTo(named.id());
            // the matched badge adds only its ESCO alignments; the unmatched one ("Teamwork") stays a free-text skill
            assertThat(learner.get("skills")).extracting(JsonNode::asString).containsExactly(
                    "http://data.europa.eu/esco/skill/f10142ce-d522-49c3-9fd1-054fb63529d4",
                    "http://data.europa.eu/esco/skill/81a2db2c-7e55-44d0-9cd9-74c25147d7cd", "Teamwork");
        }
    }

    static TestApp.Response send(TestApp app, String path, String key, String contentType, String body) {
        return app.send(app.request(path, key).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String badge(String name) {
        return sample("/openbadges3/" + name);
    }

    static String sample(String resource) {
        try (InputStream in = FormatsApiTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
