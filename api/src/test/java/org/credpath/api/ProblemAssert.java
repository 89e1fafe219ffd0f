package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Checks that a response is an RFC 9457 problem with the given status and (optionally) named field. */
final class ProblemAssert {
    private ProblemAssert() {
    }

    static JsonNode assertProblem(TestApp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asString()).startsWith("urn:credpath:problem:");
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
        return p;
    }

    static JsonNode assertProblem(TestApp.Response r, int status, String field) {
        JsonNode p = assertProblem(r, status);
        assertThat(fields(p)).contains(field);
        return p;
    }

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }
}
