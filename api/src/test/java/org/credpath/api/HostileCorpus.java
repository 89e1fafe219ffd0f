package org.credpath.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credpath.api.http.ApiJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Generates the hostile corpus's requests from its data: values into fields, segments into paths. */
final class HostileCorpus {
    private static final String SLOT = "@@HOSTILE@@";
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    /** A route with an id in its path: method, path with {@code {}} for the id, key, optional JSON body. */
    private record IdRoute(String method, String path, String key, String body) {
    }

    private static final List<IdRoute> ID_ROUTES = List.of(
            new IdRoute("GET", "/v1/learners/{}", "a", null),
            new IdRoute("PUT", "/v1/learners/{}", "a", "{}"),
            new IdRoute("POST", "/v1/learners/{}/wallet", "a", "{}"),
            new IdRoute("GET", "/v1/credentials/{}", "a", null),
            new IdRoute("DELETE", "/v1/credentials/{}", "a", null),
            new IdRoute("GET", "/v1/occupations/{}", "a", null),
            new IdRoute("GET", "/v1/pathways/{}", "a", null),
            new IdRoute("GET", "/v1/admin/tenants/{}/keys", "admin", null),
            new IdRoute("DELETE", "/v1/admin/keys/{}", "admin", null));

    private HostileCorpus() {
    }

    /** Every value in every listed field of every template (templates.json), one substitution per request. */
    static List<HostileCorpusTest.Request> valuesInFields(List<String> values, String templatesJson) {
        List<HostileCorpusTest.Request> out = new ArrayList<>();
        for (JsonNode t : ApiJson.mapper().readTree(templatesJson)) {
            for (JsonNode field : t.get("fields")) {
                JsonNode body = t.get("body").deepCopy();
                put(body, field.asString());
                String text = ApiJson.mapper().writeValueAsString(body);
                for (String v : values) {
                    out.add(new HostileCorpusTest.Request(field.asString() + "=" + HostileCorpusTest.abbreviate(v),
                            t.get("method").asString(), t.get("path").asString(), t.get("key").asString(),
                            List.of("Content-Type: " + t.get("contentType").asString()),
                            text.replace("\"" + SLOT + "\"", v), null));
                }
            }
        }
        return out;
    }

    /** Every segment in place of the id of every route with one. */
    static List<HostileCorpusTest.Request> segmentsInPaths(List<String> segments) {
        List<HostileCorpusTest.Request> out = new ArrayList<>();
        for (IdRoute r : ID_ROUTES) {
            for (String s : segments) {
                out.add(new HostileCorpusTest.Request("segment " + HostileCorpusTest.abbreviate(s), r.method(),
                        r.path().replace("{}", s), r.key(),
                        r.body() == null ? List.of() : List.of("Content-Type: application/json"), r.body(), null));
            }
        }
        return out;
    }

    /** Puts the slot at {@code path} ({@code learner.skills}, {@code [0].id}, {@code skills[0]}). */
    private static void put(JsonNode root, String path) {
        List<String> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : "#" + m.group(2));
        }
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            String s = steps.get(i);
            node = s.startsWith("#") ? node.get(Integer.parseInt(s.substring(1))) : node.get(s);
        }
        String last = steps.getLast();
        if (last.startsWith("#")) {
            ((ArrayNode) node).set(Integer.parseInt(last.substring(1)), SLOT);
        } else {
            ((ObjectNode) node).put(last, SLOT);
        }
    }
}
