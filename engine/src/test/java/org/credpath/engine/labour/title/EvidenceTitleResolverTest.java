package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.SkillHierarchy;
import org.junit.jupiter.api.Test;

/** The resolvers on a tiny in-memory taxonomy. */
class EvidenceTitleResolverTest {

    private static final String DEV = "urn:occ:developer";
    private static final String NURSE = "urn:occ:nurse";
    private static final String CHEF = "urn:occ:chef";

    private static final Esco ESCO = new Esco(List.of(
            new EscoOccupation(DEV, "2512.4", "2512", "software developer",
                    List.of("programmer", "software engineer"), List.of("softwre developer"), ""),
            new EscoOccupation(NURSE, "2221.1", "2221", "specialist nurse",
                    List.of("registered nurse"), List.of(), ""),
            new EscoOccupation(CHEF, "3434.1", "3434", "head chef", List.of("executive chef"), List.of(), "")),
            List.of(), List.of(), new SkillHierarchy(java.util.Map.of(), java.util.Map.of()));

    private static List<TitleEvidence> evidence() {
        List<TitleEvidence> e = new ArrayList<>(TitleEvidenceSources.esco(ESCO));
        e.add(new TitleEvidence(DEV, "Java Backend Engineer", TitleSource.VACANCY));
        e.add(new TitleEvidence(DEV, "PHP Web Engineer", TitleSource.VACANCY));
        e.add(new TitleEvidence(NURSE, "Staff Nurse ICU", TitleSource.VACANCY));
        e.add(new TitleEvidence(CHEF, "Sous Chef", TitleSource.ONET_ALTERNATE));
        return e;
    }

    @Test
    void vacancyTitlesVoteForTheirOccupation() {
        EvidenceTitleResolver r = new EvidenceTitleResolver(ESCO, evidence(), EvidenceWeights.DEFAULT);
        assertThat(r.resolve("Senior Java Engineer", 3)).first().extracting(ScoredOccupation::uri).isEqualTo(DEV);
        assertThat(r.resolve("ICU staff nurse (night shift)", 3)).first().extracting(ScoredOccupation::uri).isEqualTo(NURSE);
        assertThat(r.resolve("sous chef", 3)).first().extracting(ScoredOccupation::uri).isEqualTo(CHEF);
        assertThat(r.resolve("the and of", 3)).isEmpty();
        assertThat(r.evidenceCount()).isEqualTo(evidence().size());
    }

    @Test
    void coverageIsTheShareOfTitleTermsFoundInOneKnownTitle() {
        EvidenceTitleResolver r = new EvidenceTitleResolver(ESCO, evidence(), EvidenceWeights.DEFAULT);
        assertThat(r.coverage("registered nurse", NURSE)).isEqualTo(1.0);
        assertThat(r.coverage("registered plumber", NURSE)).isEqualTo(0.5);
        assertThat(r.coverage("registered nurse", CHEF)).isZero();
    }

    @Test
    void baselinesAndMetrics() {
        TitleResolver exact = new ExactLabelResolver(ESCO);
        TitleResolver bm25 = new Bm25LabelResolver(ESCO);
        List<VacancyTitle> test = List.of(new VacancyTitle("Programmer", DEV), new VacancyTitle("Java Engineer", DEV),
                new VacancyTitle("Registered Nurse", NURSE));
        TitleMetrics e = TitleEvaluation.evaluate(exact, test, n -> { });
        assertThat(e.top1()).isEqualTo(2.0 / 3);
        assertThat(e.mrr()).isEqualTo(2.0 / 3);
        TitleMetrics b = TitleEvaluation.evaluate(bm25, test, n -> { });
        assertThat(b.top1()).isEqualTo(1.0);
        assertThat(b.queries()).isEqualTo(3);
    }

    @Test
    void tuningSplitIsSeededAndDisjoint() {
        List<VacancyTitle> titles = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            titles.add(new VacancyTitle("t" + i, DEV));
        }
        List<List<VacancyTitle>> a = TitleTuning.split(titles, 0.2, 42);
        List<List<VacancyTitle>> b = TitleTuning.split(titles, 0.2, 42);
        assertThat(a).isEqualTo(b);
        assertThat(a.get(1)).hasSize(20).doesNotContainAnyElementsOf(a.get(0));
        assertThatThrownBy(() -> TitleTuning.split(titles, 1.5, 42)).hasMessageContaining("1.5");
    }

    @Test
    void weightsAreValidated() {
        assertThatThrownBy(() -> new EvidenceWeights(1, 1, 1, -1, 1, 1, 4, 200)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new EvidenceWeights(1, 1, 1, 1, 1, 1, 4, 0)).hasMessageContaining("depth");
    }
}
