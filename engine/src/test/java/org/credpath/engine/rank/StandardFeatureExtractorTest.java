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

    private static Credential credential(String id, List<String> skills, Double cost, double hours, Level level) {
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
        Credential a = credential("a", List.of("s1", "s3", "known"), 200.0, 40, Level.INTERMEDIATE);
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
        Credential a = credential("a", List.of("s1"), 0.0, 1, null);
        Credential b = credential("b", List.of("s1"), 0.0, 1, null);
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
        Credential shipped = credential("same", List.of("s1"), 0.0, 1, null);
        Credential tenant = credential("same", List.of("s2"), 0.0, 1, null);
        CatalogueStats stats = new CatalogueStats(List.of(shipped), List.of(), Map.of());
        StandardFeatureExtractor fx = new StandardFeatureExtractor(stats, signals);
        LearnerProfile p = new LearnerProfile("l", Set.of(), Set.of(), Set.of("s2"), Set.of(), null, null, 4, null);
        int col = fx.featureNames().indexOf("gap_embedding_cosine");
        assertThat(fx.extract(p, List.of(shipped))[0][col]).isCloseTo(0f, within(1e-6f));
        assertThat(fx.extract(p, List.of(tenant))[0][col]).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void unknownCostIsFlaggedAndImputedWithTheMedianPricedCostNeverZeroAndEstimatesUseTheirEstimate() {
        Credential known = credential("a", List.of("s1"), 400.0, 10, null);
        Credential cheap = credential("b", List.of("s1"), 100.0, 10, null);
        // a Coursera course of 60 h has an estimated cost: 3 months x 49 USD (CostPolicy)
        Credential estimated = credential("coursera:c", List.of("s1"), null, 60, null);
        Credential unknown = credential("d", List.of("s1"), null, 10, null);
        CatalogueStats stats = new CatalogueStats(List.of(known, cheap, estimated, unknown), List.of(), Map.of());
        // priced: 100, 147, 400 -> median 147
        assertThat(stats.medianPricedCostUsd()).isEqualTo(147.0);
        StandardFeatureExtractor fx = new StandardFeatureExtractor(stats, signals);
        LearnerProfile p = new LearnerProfile("l", Set.of(), Set.of(), Set.of("s1"), Set.of(), 100.0, 5.0, 4, null);
        float[][] rows = fx.extract(p, List.of(known, estimated, unknown));
        List<String> n = fx.featureNames();
        int flag = n.indexOf("cost_unknown");
        int log = n.indexOf("log_cost");
        int over = n.indexOf("cost_over_budget");
        assertThat(rows[0][flag]).isZero();
        assertThat(rows[0][log]).isCloseTo((float) Math.log1p(400), within(1e-5f));
        assertThat(rows[1][flag]).isZero();
        assertThat(rows[1][log]).isCloseTo((float) Math.log1p(147), within(1e-5f));
        assertThat(rows[1][over]).isCloseTo(1.47f, within(1e-5f));
        assertThat(rows[2][flag]).isEqualTo(1f);
        assertThat(rows[2][log]).isCloseTo((float) Math.log1p(147), within(1e-5f)).isNotZero();
        assertThat(rows[2][over]).isCloseTo(1.47f, within(1e-5f));
    }

    @Test
    void catalogueWithNoPriceImputesOneCourseraMonthNotZero() {
        Credential unknown = credential("d", List.of("s1"), null, 10, null);
        assertThat(new CatalogueStats(List.of(unknown), List.of(), Map.of()).medianPricedCostUsd()).isEqualTo(49.0);
    }

    @Test
    void theNormaliserScoresAnUnknownCostAsTheTrainingMeanOfPricedRowsAndAConstantColumnAsZero() {
        List<String> n = StandardFeatureExtractor.NAMES;
        int flag = n.indexOf("cost_unknown");
        int log = n.indexOf("log_cost");
        int stack = n.indexOf("stack_progress");
        float[] a = new float[n.size()];
        float[] b = new float[n.size()];
        float[] missing = new float[n.size()];
        a[log] = 2;
        b[log] = 4;
        missing[log] = 100; // whatever the extractor wrote, it is not used
        missing[flag] = 1;
        TrainingSession s = new TrainingSession("r", new float[][] {a, b, missing}, new int[3], new float[3]);
        FeatureNormalizer norm = FeatureNormalizer.fit(n, List.of(s), StandardFeatureExtractor.IMPUTED);
        // the mean of log_cost is fitted on the priced rows only
        assertThat(norm.mean()[log]).isEqualTo(3.0);
        assertThat(norm.constant()).contains("stack_progress").doesNotContain("log_cost", "cost_unknown");
        float[] serving = new float[n.size()];
        serving[flag] = 1;
        serving[log] = 0; // even a 0 written by mistake is not read as 0 USD
        serving[stack] = 1; // never varied in training
        float[] out = norm.apply(new float[][] {serving, a});
        assertThat(out[log]).isZero();
        assertThat(out[n.indexOf("cost_over_budget")]).isZero();
        assertThat(out[stack]).isZero();
        assertThat(out[n.size() + log]).isEqualTo(-1f);
    }

    @Test
    void aConstantIndicatorIsNotMarkedAndSurvivesAJsonRoundTrip() throws Exception {
        List<String> n = StandardFeatureExtractor.NAMES;
        float[] a = new float[n.size()];
        float[] b = new float[n.size()];
        b[n.indexOf("log_cost")] = 1;
        TrainingSession s = new TrainingSession("r", new float[][] {a, b}, new int[2], new float[2]);
        FeatureNormalizer norm = FeatureNormalizer.fit(n, List.of(s), StandardFeatureExtractor.IMPUTED);
        // sim training catalogues price everything: the indicator never varies, so it must not move scores
        assertThat(norm.constant()).contains("cost_unknown");
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        FeatureNormalizer back = json.readValue(json.writeValueAsString(norm), FeatureNormalizer.class);
        assertThat(back.constant()).isEqualTo(norm.constant());
        assertThat(back.imputedBy()).isEqualTo(norm.imputedBy());
        assertThat(back.apply(new float[][] {b})).containsExactly(norm.apply(new float[][] {b}));
    }
}
