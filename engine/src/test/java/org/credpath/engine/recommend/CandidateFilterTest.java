package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {

    private static Credential credential(String id, String title, Double hours, Double cost, String language) {
        return new Credential(id, title, null, null, null, null, null, null, hours, cost, null, language, null, null,
                null, null, null, null, null, null);
    }

    private static final Credential HELD = credential("coursera:google-ux-design", "Google UX Design", 200.0, null, "en");
    private static final List<Credential> CANDIDATES = List.of(
            HELD,
            credential("coursera:google-ux-design-de", "Google UX Design (DE)", 200.0, null, "en"),
            credential("edx:solar-energy-3", "Solar Energy", 40.0, 50.0, "en"),
            credential("edx:fundamentos", "Fundamentos de la gestión de proyectos", 20.0, 0.0, "es"),
            credential("edx:expensive", "Advanced Analytics", 30.0, 900.0, "en"),
            credential("edx:long", "Data Science Degree", 400.0, 100.0, "en"),
            credential("coursera:seo", "Introduction to Google SEO", 15.0, null, "en"),
            credential("x:unknown-language", "Welding Basics", 10.0, 20.0, null));

    @Test
    void eachRuleRemovesWhatItShouldAndCountsIt() {
        Learner l = new Learner("l", List.of(HELD.id()), null, null, null, 500.0, 5.0, 26, null);
        CandidateFilter.Outcome o = CandidateFilter.apply(l, List.of(HELD), CANDIDATES, 5.0);
        assertThat(o.kept()).extracting(Credential::id)
                .containsExactly("edx:solar-energy-3", "coursera:seo", "x:unknown-language");
        assertThat(o.removed()).containsEntry(CandidateFilter.Reason.HELD, 1)
                .containsEntry(CandidateFilter.Reason.EDITION, 1).containsEntry(CandidateFilter.Reason.LANGUAGE, 1)
                .containsEntry(CandidateFilter.Reason.BUDGET, 1).containsEntry(CandidateFilter.Reason.TIME, 1);
        assertThat(o.unknownCost()).isEqualTo(1);
        assertThat(o.summary()).contains("1 already held", "1 another edition of a held credential",
                "1 not in the learner's languages", "1 over the budget", "1 longer than");
    }

    @Test
    void aLearnerWhoStudiesInSpanishKeepsTheSpanishCourseAndNoLimitsKeepEverythingElse() {
        Learner l = new Learner("l", null, null, null, null, null, null, null, null, List.of("es", "en"));
        CandidateFilter.Outcome o = CandidateFilter.apply(l, List.of(), CANDIDATES, 5.0);
        assertThat(o.kept()).hasSize(CANDIDATES.size());
        assertThat(o.summary()).isNull();
    }

    @Test
    void editionKeysIgnoreBracketsCaseAndListingCounters() {
        assertThat(CandidateFilter.editionKey(Credential.of("a", "Google UX Design (DE)")))
                .isEqualTo(CandidateFilter.editionKey(Credential.of("b", "google ux design")));
        assertThat(CandidateFilter.editionKey(Credential.of("a", "Cryptography I")))
                .isNotEqualTo(CandidateFilter.editionKey(Credential.of("b", "Cryptography II")));
        assertThat(CandidateFilter.idStem("edx:solar-energy-3")).isEqualTo(CandidateFilter.idStem("edx:solar-energy"));
    }
}
