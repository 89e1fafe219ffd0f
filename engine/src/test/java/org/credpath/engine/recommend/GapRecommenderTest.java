package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;
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
                .containsPattern("removed: \\d+ over maxHours 0.5 or of unknown length, \\d+ over maxCostUsd 0 or of"
                        + " unknown cost"));
    }

    @Test
    void answersRespectBudgetAndTimeAndNeverOfferAnEditionOfAHeldCredential() {
        Recommendations r = recommender.recommend(learner("graphic designer", "user experience designer",
                List.of("coursera:google-ux-design"), 100.0, 4.0, 10), RecommendRequest.top(50));
        assertThat(r.items()).isNotEmpty();
        for (Recommendation i : r.items()) {
            var c = engine.catalogue().find(i.credentialId()).orElseThrow();
            assertThat(c.title()).doesNotStartWith("Google UX Design");
            if (c.costUsd() != null) {
                assertThat(c.costUsd()).isLessThanOrEqualTo(100.0);
            } else {
                assertThat(String.join(" ", i.explanation())).contains("cost unknown");
            }
            if (c.hours() != null) {
                assertThat(c.hours()).isLessThanOrEqualTo(40.0);
            }
        }
    }
}
