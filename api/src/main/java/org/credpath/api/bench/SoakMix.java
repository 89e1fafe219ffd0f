package org.credpath.api.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The soak's traffic, request {@code i} drawn from a seeded generator of its own (so any thread may
 * ask for any {@code i} and the sequence is the same every run): 60 % {@code POST /v1/recommendations}
 * (inline learners), 15 % catalogue search, 10 % {@code GET /v1/learners/{id}}, 10 %
 * {@code PUT /v1/learners/{id}} (a write, replacing a stored learner), 5 % {@code POST /v1/events}
 * (a write of one event).
 *
 * @param recommendBodies request bodies of {@code POST /v1/recommendations}
 * @param learnerIds      ids of learners stored before the soak (read and replaced during it)
 * @param learnerBodies   learner documents, index-aligned with {@code learnerIds}
 * @param queries         search texts
 * @param credentialIds   credential ids for events
 */
public record SoakMix(List<String> recommendBodies, List<String> learnerIds, List<String> learnerBodies,
        List<String> queries, List<String> credentialIds, long seed) implements IntFunction<HttpLoad.Call> {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] EVENT_TYPES = {"impression", "click", "enrol", "complete", "dismiss"};

    public SoakMix {
        for (List<String> l : List.of(recommendBodies, learnerIds, learnerBodies, queries, credentialIds)) {
            if (l.isEmpty()) {
                throw new IllegalArgumentException("soak mix: every list needs at least one entry");
            }
        }
        if (learnerIds.size() != learnerBodies.size()) {
            throw new IllegalArgumentException("soak mix: learnerIds and learnerBodies differ in length");
        }
        recommendBodies = List.copyOf(recommendBodies);
        learnerIds = List.copyOf(learnerIds);
        learnerBodies = List.copyOf(learnerBodies);
        queries = List.copyOf(queries);
        credentialIds = List.copyOf(credentialIds);
    }

    @Override
    public HttpLoad.Call apply(int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int p = r.nextInt(100);
        if (p < 60) {
            return HttpLoad.Call.post("recommend", "/v1/recommendations", pick(recommendBodies, r));
        }
        if (p < 75) {
            return HttpLoad.Call.get("search", "/v1/credentials?k=10&q="
                    + URLEncoder.encode(pick(queries, r), StandardCharsets.UTF_8));
        }
        int learner = r.nextInt(learnerIds.size());
        if (p < 85) {
            return HttpLoad.Call.get("get-learner", "/v1/learners/" + learnerIds.get(learner));
        }
        if (p < 95) {
            return HttpLoad.Call.put("put-learner", "/v1/learners/" + learnerIds.get(learner), learnerBodies.get(learner));
        }
        String event = "{\"learnerId\":\"" + learnerIds.get(learner) + "\",\"credentialId\":\""
                + pick(credentialIds, r) + "\",\"type\":\"" + EVENT_TYPES[r.nextInt(EVENT_TYPES.length)]
                + "\",\"timestamp\":\"" + EPOCH.plusSeconds(i) + "\",\"position\":" + (1 + r.nextInt(10)) + "}";
        return HttpLoad.Call.post("post-event", "/v1/events", event);
    }

    private static String pick(List<String> l, SplittableRandom r) {
        return l.get(r.nextInt(l.size()));
    }
}
