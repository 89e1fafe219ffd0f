package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.text.BgeSmallEncoder;
import org.credpath.engine.text.StaticEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a learner expects of the engine recommender, on the shipped data and models. */
@Tag("slow")
class GapRecommenderTest {

    static RecommendEngine engine;
    static Recommender recommender;

    @BeforeAll
    static void load() {
        engine = RecommendEngine.load(CredpathHome.locate(), GapCoverageModel.ID, System.err);
        recommender = engine.recommender(RecommenderOptions.DEFAULTS);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Learner learner(String current, String target, List<String> held, Double budget, Double hpw, Integer weeks) {
        return new Learner("t", held, List.of("SQL"), current, target, budget, hpw, weeks, List.<Delivery>of());
    }

    @Test
    void noTargetOrTheSameTargetGetsUpskillingForTheCurrentOccupationWithANote() {
        for (String target : new String[] {null, "marketing assistant"}) {
            Recommendations r = recommender.recommend(learner("marketing assistant", target, List.of(), null, 5.0, null),
                    RecommendRequest.top(10));
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("upskilling").contains("marketing assistant"));
            assertThat(r.items()).hasSize(10);
            assertThat(r.items()).allSatisfy(i -> assertThat(i.explanation().getFirst()).startsWith("teaches"));
        }
    }

    @Test
    void anEmptyAnswerSaysWhichConstraintRemovedHowMany() {
        Recommendations r = recommender.recommend(learner("data entry clerk", "data analyst", List.of(), 0.0, 1.0, 2),
                new RecommendRequest(10, new RecommendFilters(null, 0.5, 0.0, null), RecommendRequest.NO_SCOPE));
        assertThat(r.items()).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("no recommendations: 0 candidate(s) for your skills passed the search filters")
                .containsPattern("removed: \\d+ over maxHours 0.5 or of unknown length"));
    }

    @Test
    void answersRespectBudgetAndTimeAndNeverOfferAnEditionOfAHeldCredential() {
        Recommendations r = recommender.recommend(learner("graphic designer", "user experience designer",
                List.of("coursera:google-ux-design"), 100.0, 4.0, 10), RecommendRequest.top(50));
        assertThat(r.items()).isNotEmpty();
        for (Recommendation i : r.items()) {
            var c = engine.catalogue().find(i.credentialId()).orElseThrow();
            assertThat(c.title()).doesNotStartWith("Google UX Design");
            if (c.cost().state() == org.credpath.engine.catalog.Cost.State.KNOWN) {
                assertThat(c.cost().amount()).isLessThanOrEqualTo(100.0);
            } else {
                // an estimate above the budget is kept like an unknown cost, and the text says which it is
                assertThat(String.join(" ", i.explanation())).containsAnyOf("cost unknown", "(estimated)");
            }
            if (c.hours() != null) {
                assertThat(c.hours()).isLessThanOrEqualTo(40.0);
            }
        }
    }

    @Test
    void interestsBringWhatTheLearnerAskedForIntoTheTopFive() {
        Recommender semantic = engine.recommender(engine.loadModel("semantic-gap@1,2,1,0,0.3"), RecommenderOptions.DEFAULTS);
        Learner plain = new Learner("t", List.of(), List.of("filing"), "administrative assistant", null, null, 3.0, null,
                List.of(), null, null);
        Learner excel = new Learner("t", List.of(), List.of("filing"), "administrative assistant", null, null, 3.0, null,
                List.of(), null, List.of("Excel spreadsheets"));
        long before = spreadsheetTitles(semantic.recommend(plain, RecommendRequest.top(5)));
        long after = spreadsheetTitles(semantic.recommend(excel, RecommendRequest.top(5)));
        assertThat(after).isGreaterThanOrEqualTo(3).isGreaterThan(before);
    }

    @Test
    void aSemanticGapSourceNamesItsEncoderAndTheStaticOneRanksOnTopic() {
        ServingModel bge = engine.loadModel("semantic-gap:bge");
        ServingModel statics = engine.loadModel("semantic-gap:static@2,2,2,0,0.3");
        assertThat(bge.info().provenance().path("encoder").asString()).isEqualTo(BgeSmallEncoder.ID);
        assertThat(statics.info().provenance().path("encoder").asString()).startsWith(StaticEncoder.NAME + ":")
                .contains(BgeSmallEncoder.ID);
        Learner seo = learner("marketing assistant", "search engine optimisation expert", List.of(), null, 5.0, null);
        Recommendations r = engine.recommender(statics, RecommenderOptions.DEFAULTS).recommend(seo, RecommendRequest.top(10));
        assertThat(r.items()).hasSize(10);
        assertThat(r.items().stream().map(i -> i.title().toLowerCase(java.util.Locale.ROOT))
                .filter(t -> t.contains("seo") || t.contains("search engine") || t.contains("marketing")))
                .as("static-encoder top 10 for an SEO goal: %s", r.items().stream().map(Recommendation::title).toList())
                .hasSizeGreaterThanOrEqualTo(5);
        assertThatThrownBy(() -> engine.loadModel("semantic-gap:minilm"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("semantic-gap:static");
    }

    private static long spreadsheetTitles(Recommendations r) {
        return r.items().stream().map(i -> i.title().toLowerCase(java.util.Locale.ROOT))
                .filter(t -> t.contains("excel") || t.contains("spreadsheet")).count();
    }

    @Test
    void aRelevanceFloorShowsFewerItemsAndSaysSo() {
        Learner l = learner("marketing assistant", "search engine optimisation expert", List.of(), null, 5.0, null);
        Recommendations all = engine.recommender(engine.loadModel("semantic-gap@1,2"), RecommenderOptions.DEFAULTS)
                .recommend(l, RecommendRequest.top(10));
        double floor = all.items().get(2).score();
        Recommendations cut = engine.recommender(engine.loadModel("semantic-gap@1,2,0," + floor), RecommenderOptions.DEFAULTS)
                .recommend(l, RecommendRequest.top(10));
        assertThat(all.items()).hasSize(10);
        assertThat(cut.items()).hasSizeBetween(1, 3).allSatisfy(i -> assertThat(i.score()).isGreaterThanOrEqualTo(floor));
        assertThat(cut.warnings()).anySatisfy(w -> assertThat(w).startsWith("showing " + cut.items().size() + " of 10")
                .contains("relevance floor"));
    }
}
