package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.credpath.api.auth.KeySpec;
import org.credpath.api.engine.EngineServices;
import org.credpath.api.http.ApiJson;
import org.credpath.api.store.KeyType;
import org.credpath.engine.data.CredpathHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The hostile corpus (data in {@code hostile/}): hand-written requests, every hostile value in every
 * field of every body route, and hostile path segments for every route with an id, sent with a raw
 * HTTP client to a real server (the whole engine bound, as {@code serve} does) on port 0. No answer
 * is a 5xx; every refusal is problem+json; no answer names a Java class or package; tenant beta
 * (and public, anonymous and bogus callers) never see tenant alpha's data, which survives intact.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusTest {
    private static final String DIR = "/org/credpath/api/hostile/";
    private static final String ORIGIN = "https://widget.example";
    private static final String MARKER = "SECRET-A";
    private static final List<String> LEAKS = List.of("java.", "org.eclipse", "tools.jackson", "org.credpath",
            "Exception", "\tat ");
    private static final Set<String> OUTSIDERS = Set.of("b", "public", "public-no-origin", "none", "bogus");

    /** One request of the corpus; {@code expect} (optional) lists the acceptable statuses. */
    record Request(String name, String method, String path, String key, List<String> headers, String body,
            List<Integer> expect) {
    }

    @TempDir
    static Path dir;
    EngineServices engine;
    TestApp app;
    final Map<String, String> keys = new TreeMap<>();
    HostileTokens tokens;

    @BeforeAll
    void start() {
        engine = EngineServices.load(CredpathHome.locate(), null, System.err);
        app = TestApp.h2(dir, engine.services());
        keys.put("a", key("alpha", KeyType.TENANT, List.of()));
        keys.put("b", key("beta", KeyType.TENANT, List.of()));
        keys.put("admin", key("root", KeyType.ADMIN, List.of()));
        keys.put("public", key("beta", KeyType.PUBLIC, List.of(ORIGIN)));
        keys.put("public-no-origin", keys.get("public"));
        keys.put("bogus", "cp_bogus_0000000000000000000000000000");
        String a = keys.get("a");
        String secret = "{\"skills\":[\"" + MARKER + "-SKILL\",\"sql\"],\"targetOccupation\":\"data analyst\"}";
        assertThat(app.put("/v1/learners/secret-a", a, secret).status()).isEqualTo(201);
        assertThat(app.put("/v1/learners/secret-a-only", a, secret).status()).isEqualTo(201);
        assertThat(app.put("/v1/learners/h-wallet", a, "{}").status()).isEqualTo(201);
        assertThat(app.post("/v1/credentials", a, "[{\"id\":\"acme:secret-course\",\"title\":\"" + MARKER
                + " course\",\"description\":\"" + MARKER + " sql python\"}]").status()).isEqualTo(201);
        TestApp.Response plan = app.post("/v1/pathways", a, "{\"learnerId\":\"secret-a-only\",\"maxPathways\":1}");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        tokens = new HostileTokens(Map.of("PATHWAY_A", plan.json().get("pathways").get(0).get("id").asString()));
    }

    @AfterAll
    void stop() {
        app.close();
        engine.close();
    }

    @Test
    void noServerErrorsNoLeaksAndTenantsStayApart() {
        List<Request> corpus = new ArrayList<>(handWritten());
        int handWritten = corpus.size();
        corpus.addAll(HostileCorpus.valuesInFields(lines("values.txt"), resource("templates.json")));
        int generated = corpus.size() - handWritten;
        corpus.addAll(HostileCorpus.segmentsInPaths(lines("segments.txt")));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int refusals = 0;
        for (Request r : corpus) {
            RawHttp.Response answer = send(r);
            byStatus.merge(answer.status(), 1, Integer::sum);
            refusals += answer.status() >= 400 ? 1 : 0;
            String problem = check(r, answer);
            if (problem != null) {
                failures.add(r.method() + " " + abbreviate(r.path()) + " [" + r.name() + "]: " + problem);
            }
        }
        System.err.printf("hostile corpus: %d requests (%d hand-written, %d values in fields, %d path segments);"
                + " %d refusals; by status %s; %d failures%n", corpus.size(), handWritten, generated,
                corpus.size() - handWritten - generated, refusals, byStatus, failures.size());
        failures.forEach(f -> System.err.println("  " + f));
        assertThat(failures).isEmpty();
        assertThat(byStatus.keySet()).allMatch(s -> s < 500);
        assertAlphaIntact();
    }

    /** Null when the answer meets the contract, else what is wrong. */
    private String check(Request r, RawHttp.Response answer) {
        int s = answer.status();
        if (s >= 500) {
            return "server error " + s + ": " + abbreviate(answer.body());
        }
        if (r.expect() != null && !r.expect().contains(s)) {
            return "status " + s + ", expected one of " + r.expect() + ": " + abbreviate(answer.body());
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak) || answer.headers().toString().contains(leak)) {
                return "answer mentions '" + leak + "': " + abbreviate(answer.body());
            }
        }
        if (OUTSIDERS.contains(r.key()) && answer.body().contains(MARKER)) {
            return "tenant alpha's data reached " + r.key() + ": " + abbreviate(answer.body());
        }
        if (s >= 400 && r.method().equals("HEAD")) {
            return null;
        }
        if (s >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return "refusal " + s + " is " + answer.contentType() + ": " + abbreviate(answer.body());
            }
            JsonNode p = ApiJson.mapper().readTree(answer.body());
            if (p.path("status").asInt() != s || p.path("title").asString("").isBlank()) {
                return "problem document does not match status " + s + ": " + abbreviate(answer.body());
            }
        }
        return null;
    }

    private void assertAlphaIntact() {
        String a = keys.get("a");
        assertThat(app.get("/v1/learners/secret-a", a).body()).contains(MARKER + "-SKILL");
        assertThat(app.get("/v1/credentials/acme:secret-course", a).status()).isEqualTo(200);
        assertThat(app.get("/v1/learners/secret-a", keys.get("b")).body()).doesNotContain(MARKER);
        assertThat(app.get("/v1/health", null).status()).isEqualTo(200);
    }

    private RawHttp.Response send(Request r) {
        List<String> headers = new ArrayList<>();
        switch (r.key()) {
            case "none" -> { }
            case "public" -> {
                headers.add("X-API-Key: " + keys.get("public"));
                headers.add("Origin: " + ORIGIN);
            }
            default -> headers.add("X-API-Key: " + keys.get(r.key()));
        }
        if (r.headers() != null) {
            r.headers().forEach(h -> headers.add(tokens.text(h)));
        }
        byte[] body = r.body() == null ? null : tokens.bytes(r.body());
        return RawHttp.send(app.server.port(), RawHttp.request(r.method(), tokens.text(r.path()), headers, body), 60_000);
    }

    private List<Request> handWritten() {
        return lines("requests.jsonl").stream().map(l -> ApiJson.mapper().readValue(l, Request.class)).toList();
    }

    static List<String> lines(String name) {
        return resource(name).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    static String resource(String name) {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }

    private String key(String tenant, KeyType type, List<String> origins) {
        return app.issue(tenant, new KeySpec(type, "hostile", origins, 1_000_000, 100_000)).secret();
    }
}
