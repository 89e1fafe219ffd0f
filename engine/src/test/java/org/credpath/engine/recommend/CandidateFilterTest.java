package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.index.SearchFilters;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.text.CredentialLanguage;
import org.junit.jupiter.api.Test;

/** The learner's constraints on candidates: counted by reason; unknown cost or length is never 0. */
class CandidateFilterTest {

    static Credential credential(String id, String title, String provider, Double hours, Double cost) {
        return new Credential(id, title, provider, null, null, null, CredentialType.COURSE, null, hours, cost,
                Delivery.ONLINE, null, null, null, null, null, null, null, null, null);
    }

    static Learner learner(List<String> held, Double budget, Double hoursPerWeek, Integer weeks) {
        return new Learner("l", held, List.of(), null, null, budget, hoursPerWeek, weeks, List.of());
    }

    final Credential ux = credential("coursera:google-ux-design", "Google UX Design", "Google", 200.0, 300.0);
    final Credential uxPt = credential("coursera:google-ux-design-pt", "Google UX Design (PT)", "Google", 200.0, 300.0);
    final Credential otherUx = credential("edx:ux", "Google UX Design", "Another University", 20.0, 50.0);
    final Credential pricey = credential("x:pricey", "Pricey", "P", 10.0, 900.0);
    final Credential unknownCost = credential("x:unknown-cost", "Unknown cost", "P", 10.0, null);
    final Credential longOne = credential("x:long", "Long", "P", 500.0, 10.0);
    final Credential unknownLength = credential("x:unknown-length", "Unknown length", "P", null, 10.0);

    @Test
    void heldEditionsBudgetAndTimeAreRemovedAndCountedUnknownFiguresKept() {
        CandidateFilter f = new CandidateFilter(learner(List.of(ux.id()), 500.0, 5.0, 20), List.of(ux));
        List<Credential> kept = f.apply(List.of(ux, uxPt, otherUx, pricey, unknownCost, longOne, unknownLength));

        assertThat(kept).containsExactly(otherUx, unknownCost, unknownLength);
        assertThat(f.removed()).containsExactly(Map.entry(CandidateFilter.HELD, 1), Map.entry(CandidateFilter.EDITION, 1),
                Map.entry(CandidateFilter.BUDGET, 1), Map.entry(CandidateFilter.TIME, 1));
    }

    @Test
    void aPriceOnlyEstimatedAboveTheBudgetIsKeptLikeAnUnknownOneAndLeftOutOnRequest() {
        // a Coursera course with no listed price: estimated from its hours (CostPolicy), not the provider's price
        Credential estimated = credential("coursera:intro", "Intro", "Coursera", 15.0, null);
        assertThat(estimated.cost().state()).isEqualTo(org.credpath.engine.catalog.Cost.State.ESTIMATED);
        Credential freeKnown = credential("edx:free", "Free", "E", 10.0, 0.0);
        Learner broke = learner(List.of(), 0.0, 5.0, 20);

        CandidateFilter kept = new CandidateFilter(broke, List.of());
        assertThat(kept.apply(List.of(estimated, freeKnown, pricey, unknownCost)))
                .containsExactly(estimated, freeKnown, unknownCost);
        assertThat(kept.removed()).containsExactly(Map.entry(CandidateFilter.BUDGET, 1));

        CandidateFilter strict = new CandidateFilter(broke, List.of(),
                new RecommendFilters(null, null, null, null, true));
        assertThat(strict.apply(List.of(estimated, freeKnown, pricey, unknownCost))).containsExactly(freeKnown);
        assertThat(strict.removed()).containsExactly(Map.entry(CandidateFilter.BUDGET, 1),
                Map.entry(CandidateFilter.UNKNOWN_COST, 2));

        // an estimate within the budget is simply kept
        CandidateFilter enough = new CandidateFilter(learner(List.of(), 100.0, 5.0, 20), List.of(),
                new RecommendFilters(null, null, null, null, true));
        assertThat(enough.apply(List.of(estimated))).containsExactly(estimated);
    }

    @Test
    void editionsOfOneAnotherCollapseToTheFirstRetrieved() {
        Learner readsPortuguese = new Learner("l", List.of(), List.of(), null, null, null, null, null, List.of(),
                List.of("pt", "en"));
        CandidateFilter f = new CandidateFilter(readsPortuguese, List.of());
        assertThat(f.apply(List.of(uxPt, ux, otherUx))).containsExactly(uxPt, otherUx);
        assertThat(f.removed()).containsExactly(Map.entry(CandidateFilter.EDITION, 1));
        assertThat(CandidateFilter.edition("Diseño de UX [ES] — Básico")).isEqualTo("diseno de ux basico");
    }

    @Test
    void otherLanguageEditionsAreLeftOutUnlessListedUnknownLanguageIsKept() {
        Credential pt = credential("x:pt", "Excel Básico (Português)", "P", 10.0, 10.0);
        Credential esField = new Credential("x:es", "Excel básico", "Q", null, null, null, CredentialType.COURSE, null,
                10.0, 10.0, Delivery.ONLINE, "es", null, null, null, null, null, null, null, null);
        Credential unknown = credential("x:unknown", "Excel Basics", "R", 10.0, 10.0);
        CandidateFilter english = new CandidateFilter(learner(List.of(), null, null, null), List.of());
        assertThat(english.apply(List.of(pt, esField, unknown))).containsExactly(unknown);
        assertThat(english.removed()).containsExactly(Map.entry(CandidateFilter.LANGUAGE, 2));

        Learner both = new Learner("l", List.of(), List.of(), null, null, null, null, null, List.of(), List.of("EN", "pt"));
        assertThat(both.studyLanguages()).containsExactly("en", "pt");
        assertThat(new CandidateFilter(both, List.of()).apply(List.of(pt, esField, unknown))).containsExactly(pt, unknown);
        assertThat(CredentialLanguage.of(credential("x", "Google UX Design (PT)", "Google", 1.0, 1.0))).contains("pt");
        assertThat(CredentialLanguage.of(credential("x", "Python (Basics)", "G", 1.0, 1.0))).contains("en");
        assertThat(CredentialLanguage.of(credential("x", "Fundamentos de la gestión de proyectos", "G", 1.0, 1.0)))
                .contains("es");
    }

    @Test
    void withoutDeadlineOrHoursThereIsNoTimeLimit() {
        assertThat(CandidateFilter.availableHours(learner(List.of(), null, 5.0, null))).isNull();
        assertThat(CandidateFilter.availableHours(learner(List.of(), null, 5.0, 20))).isEqualTo(100.0);
        CandidateFilter f = new CandidateFilter(learner(List.of(), null, 5.0, null), List.of());
        assertThat(f.apply(List.of(longOne))).containsExactly(longOne);
    }

    @Test
    void searchFilterCountsTreatUnknownFiguresAsNotFitting() {
        SearchFilters filters = new SearchFilters(null, null, java.util.Set.of(Delivery.IN_PERSON), 100.0, 100.0, null,
                null);
        assertThat(SearchFilterCounts.count(List.of(pricey, unknownCost, longOne, unknownLength), filters))
                .containsExactly(Map.entry("not delivered in-person", 4),
                        Map.entry("over maxHours 100 or of unknown length", 2),
                        Map.entry("over maxCostUsd 100 or of unknown cost", 2));
    }
}
