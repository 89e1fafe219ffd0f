package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.credpath.api.service.RecommendationFilters;
import org.credpath.api.service.RecommendationResult;
import org.credpath.api.service.RecommendationService;
import org.credpath.api.service.Services;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.KeyType;
import org.credpath.engine.events.FeedbackCounts;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored events reach the recommender's feedback features: counted as they are stored (the next
 * recommendation sees them), per tenant, recounted after a learner's deletion, and counted again
 * from the table after a restart.
 */
class FeedbackServingTest {
    private static final String LEARNER = "{\"learner\":{\"skills\":[\"SQL\"]},\"k\":3}";

    @TempDir
    Path dir;

    /** Records the feedback each recommendation was given. */
    static final class Capturing implements RecommendationService {
        final AtomicReference<FeedbackCounts> last = new AtomicReference<>();

        @Override
        public RecommendationResult recommend(String tenantId, String requestId, Learner learner, int k,
                RecommendationFilters filters) {
            throw new AssertionError("the server must pass the tenant's feedback");
        }

        @Override
        public RecommendationResult recommend(String tenantId, String requestId, Learner learner, int k,
                RecommendationFilters filters, FeedbackCounts feedback) {
            last.set(feedback);
            return new RecommendationResult(requestId, "capturing", "1", List.of(), List.of());
        }
    }

    private static String events(String learner, String credential, String type, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("{\"learnerId\":\"" + learner + "\",\"credentialId\":\"" + credential + "\",\"type\":\"" + type
                    + "\",\"timestamp\":\"2025-03-01T10:00:00Z\"}");
        }
        return "[" + String.join(",", out) + "]";
    }

    private static FeedbackCounts askedWith(TestApp app, Capturing svc, String key) {
        assertThat(app.post("/v1/recommendations", key, LEARNER).status()).isEqualTo(200);
        return svc.last.get();
    }

    @Test
    void moreEnrolmentsRaiseACredentialsCountByTheNextRequestInItsTenantOnly() {
        Capturing svc = new Capturing();
        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir), Services.none().withRecommendations(svc))) {
            String acme = app.key("acme", KeyType.TENANT, List.of());
            String beta = app.key("beta", KeyType.TENANT, List.of());
            assertThat(askedWith(app, svc, acme).enrolments("c-1")).isZero();

            assertThat(app.post("/v1/events", acme, events("l-1", "c-1", "enrol", 40)).status()).isEqualTo(201);
            assertThat(app.post("/v1/events", acme, events("l-2", "c-1", "enrol", 20)).status()).isEqualTo(201);
            assertThat(app.post("/v1/events", acme, events("l-2", "c-1", "impression", 10)).status()).isEqualTo(201);
            assertThat(app.post("/v1/events", acme, events("l-2", "c-1", "click", 4)).status()).isEqualTo(201);
            FeedbackCounts seen = askedWith(app, svc, acme);
            assertThat(seen.enrolments("c-1")).isEqualTo(60);
            assertThat(seen.impressions("c-1")).isEqualTo(10);
            assertThat(seen.clicks("c-1")).isEqualTo(4);
            assertThat(seen.enrolments("c-2")).isZero();
            assertThat(askedWith(app, svc, beta).enrolments("c-1")).isZero();

            assertThat(app.delete("/v1/learners/l-1", acme).status()).isEqualTo(200);
            assertThat(askedWith(app, svc, acme).enrolments("c-1")).isEqualTo(20);
        }
        Capturing again = new Capturing();
        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir), Services.none().withRecommendations(again))) {
            String acme = app.key("acme", KeyType.TENANT, List.of());
            FeedbackCounts seen = askedWith(app, again, acme);
            assertThat(seen.enrolments("c-1")).isEqualTo(20);
            assertThat(seen.clicks("c-1")).isEqualTo(4);
        }
    }

    @Test
    void aRepostedEventWithItsIdIsCountedOnce() {
        Capturing svc = new Capturing();
        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir), Services.none().withRecommendations(svc))) {
            String acme = app.key("acme", KeyType.TENANT, List.of());
            String body = "[{\"id\":\"e-1\",\"learnerId\":\"l\",\"credentialId\":\"c-1\",\"type\":\"enrol\","
                    + "\"timestamp\":\"2025-03-01T10:00:00Z\"}]";
            assertThat(app.post("/v1/events", acme, body).status()).isEqualTo(201);
            assertThat(app.post("/v1/events", acme, body).status()).isEqualTo(201);
            assertThat(askedWith(app, svc, acme).enrolments("c-1")).isEqualTo(1);
        }
    }
}
