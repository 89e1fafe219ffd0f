package org.credpath.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.credpath.engine.events.FeedbackTally;
import org.junit.jupiter.api.Test;

class StandardFeatureExtractorTest {

    private static Credential credential(String id, List<String> skills, double cost, double hours, Level level) {
        return new Credential(id, id, null, null, null, null, CredentialType.COURSE, level, hours, cost, null, null,
                null, skills, null, null, null, null, null, null);
    }

    private final LearnerSignals signals = new LearnerSignals() {
        @Override
        public double premium(String skillUri) {
            return skillUri.equals("s1") ? 0.1 : 0;
        }

        @Override
        public double completion(Credential c, LearnerProfile learner) {
            return 0.7;
        }

        @Override
        public Optional<float[]> skillVector(String skillUri) {
            return switch (skillUri) {
                case "s1" -> Optional.of(new float[] {1, 0});
                case "s2" -> Optional.of(new float[] {0, 1});
                default -> Optional.empty();
            };
        }
    };

    @Test
    void featuresMatchHandComputedValues() {
        Credential a = credential("a", List.of("s1", "s3", "known"), 200, 40, Level.INTERMEDIATE);
        Event enrol = Event.of("l", "a", EventType.ENROL, Instant.parse("2025-01-01T00:00:00Z"));
        CatalogueStats stats = new CatalogueStats(List.of(a), List.of(enrol), Map.of("s1", 0.5, "s3", 0.25));
        StandardFeatureExtractor fx = new StandardFeatureExtractor(stats, signals);
        LearnerProfile p = new LearnerProfile("l", Set.of(), Set.of("known"), Set.of("s1", "s2"), Set.of("s3"),
                100.0, 5.0, 4, Level.INTRODUCTORY);
        float[] row = fx.extract(p, List.of(a))[0];
        List<String> n = fx.featureNames();
        assertThat(row).hasSize(n.size());
        assertThat(row[n.indexOf("gap_essential_coverage")]).isEqualTo(0.5f);
        assertThat(row[n.indexOf("gap_optional_coverage")]).isEqualTo(1f);
        assertThat(row[n.indexOf("new_skill_demand")]).isCloseTo(0.25f, within(1e-6f));
        assertThat(row[n.indexOf("known_skill_share")]).isCloseTo(1f / 3, within(1e-6f));
        assertThat(row[n.indexOf("cost_over_budget")]).isEqualTo(2f);
        assertThat(row[n.indexOf("hours_over_available")]).isEqualTo(2f);
        assertThat(row[n.indexOf("level_fit")]).isEqualTo(-1f);
        assertThat(row[n.indexOf("popularity")]).isCloseTo((float) Math.log(2), within(1e-6f));
        assertThat(row[n.indexOf("new_skill_premium")]).isCloseTo(0.1f, within(1e-6f));
        assertThat(row[n.indexOf("completion_probability")]).isEqualTo(0.7f);
        // gap mean (1,1)/sqrt2 against credential vector (1,0): cos = 1/sqrt2
        assertThat(row[n.indexOf("gap_embedding_cosine")]).isCloseTo((float) (1 / Math.sqrt(2)), within(1e-5f));
    }

    @Test
    void servingFeedbackReplacesTheTrainingCountsInPopularityAndClickRate() {
        Credential a = credential("a", List.of("s1"), 0, 1, null);
        Credential b = credential("b", List.of("s1"), 0, 1, null);
        StandardFeatureExtractor fx = new StandardFeatureExtractor(
                new CatalogueStats(List.of(a, b), List.of(), Map.of()), signals);
        LearnerProfile p = new LearnerProfile("l", Set.of(), Set.of(), Set.of("s1"), Set.of(), null, null, 4, null);
        int pop = fx.featureNames().indexOf("popularity");
        int ctr = fx.featureNames().indexOf("click_rate");
        float[][] before = fx.extract(p, List.of(a, b));
        assertThat(before[0][pop]).isZero();
        assertThat(before[0][pop]).isEqualTo(before[1][pop]);

        FeedbackTally tenant = new FeedbackTally();
        tenant.add("a", EventType.ENROL, 1200);
        tenant.add("a", EventType.IMPRESSION, 100);
        tenant.add("a", EventType.CLICK, 30);
        tenant.add("b", EventType.IMPRESSION, 100);
        float[][] after = fx.extract(p, List.of(a, b), tenant);
        assertThat(after[0][pop]).isCloseTo((float) Math.log1p(1200), within(1e-4f));
        assertThat(after[1][pop]).isZero();
        // mean rate 30 / 200 = 0.15; a: (30 + 20 * 0.15) / 120, b: (0 + 3) / 120
        assertThat(after[0][ctr]).isCloseTo((float) (33.0 / 120), within(1e-6f));
        assertThat(after[1][ctr]).isCloseTo((float) (3.0 / 120), within(1e-6f));
        // the training-time counts are untouched by a request's feedback
        assertThat(fx.extract(p, List.of(a))[0][pop]).isZero();
    }

    @Test
    void sameIdWithOtherSkillsGetsItsOwnVector() {
        // a tenant's credential may share a shipped id, and an update may change the skills
        Credential shipped = credential("same", List.of("s1"), 0, 1, null);
        Credential tenant = credential("same", List.of("s2"), 0, 1, null);
        CatalogueStats stats = new CatalogueStats(List.of(shipped), List.of(), Map.of());
        StandardFeatureExtractor fx = new StandardFeatureExtractor(stats, signals);
        LearnerProfile p = new LearnerProfile("l", Set.of(), Set.of(), Set.of("s2"), Set.of(), null, null, 4, null);
        int col = fx.featureNames().indexOf("gap_embedding_cosine");
        assertThat(fx.extract(p, List.of(shipped))[0][col]).isCloseTo(0f, within(1e-6f));
        assertThat(fx.extract(p, List.of(tenant))[0][col]).isCloseTo(1f, within(1e-6f));
    }
}
