package org.credpath.engine.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.learner.SkillSource;
import org.credpath.engine.learner.SkillState;
import org.credpath.engine.learner.SkillStateBuilder;
import org.credpath.engine.learner.SkillStateBuilder.SkillRef;
import org.junit.jupiter.api.Test;

class GapAnalyzerTest {

    static SkillRef s(String id) {
        return new SkillRef("esco:" + id, id);
    }

    @Test
    void weighsByImportanceAndDemandAndCountsPriorLearning() {
        OccupationProfile target = new OccupationProfile("occ:analyst", "analyst", List.of(s("sql"), s("stats"), s("excel")),
                List.of(s("python")), Set.of("esco:sql"), Set.of("esco:python"), 5.0, 10.0, null);
        Credential held = Credential.of("c1", "Stats 101").withSkills(List.of("esco:stats"));
        SkillStateBuilder b = new SkillStateBuilder(text -> text.equals("excel") ? Optional.of(s("excel")) : Optional.empty(),
                id -> id.equals("c1") ? Optional.of(held) : Optional.empty());
        Learner l = new Learner("l", List.of("c1"), List.of("excel", "juggling"), "occ:clerk", "occ:analyst", null, 5.0, null, null);
        SkillState state = b.build(l, "occ:clerk", List.of(s("typing")));
        assertThat(state.unresolved()).containsExactly("juggling");
        assertThat(state.byUri().get("esco:typing").source()).isEqualTo(SkillSource.PRIOR_LEARNING);
        assertThat(state.byUri().get("esco:stats").source()).isEqualTo(SkillSource.CREDENTIAL);

        GapAnalysis g = new GapAnalyzer(GapOptions.defaults()).analyse(target, state);
        assertThat(g.missing()).extracting(GapSkill::uri).containsExactly("esco:sql", "esco:python");
        assertThat(g.missing().get(0).weight()).isEqualTo(1.5);
        assertThat(g.missing().get(1).weight()).isEqualTo(0.3 * 1.25);
        assertThat(g.missing().get(0).demandSignals()).contains("O*NET hot technology");
        assertThat(g.essentialCoveredShare()).isEqualTo(2 / 3.0);
        assertThat(g.covered()).hasSize(2);
    }

    @Test
    void priorLearningFromTheCurrentOccupationClosesTheGap() {
        OccupationProfile target = new OccupationProfile("occ:t", "t", List.of(s("a")), List.of(), null, null, null, null, null);
        SkillState state = new SkillStateBuilder(x -> Optional.empty(), x -> Optional.empty())
                .build(Learner.of("l"), "occ:c", List.of(s("a")));
        GapAnalysis g = new GapAnalyzer(GapOptions.defaults()).analyse(target, state);
        assertThat(g.missing()).isEmpty();
        assertThat(g.covered().getFirst().priorLearning()).isTrue();
    }

    @Test
    void skillsBehindMoreOpeningsWeighMore() {
        OccupationProfile target = new OccupationProfile("occ:t", "t", List.of(s("a"), s("b"), s("c")), List.of(),
                null, null, null, null, null);
        SkillDemand demand = SkillDemand.of(java.util.Map.of("esco:a", 300_000.0, "esco:b", 10_000.0, "esco:c", 50_000.0));
        SkillState none = new SkillStateBuilder(x -> Optional.empty(), x -> Optional.empty()).build(Learner.of("l"), null, List.of());
        GapAnalysis g = new GapAnalyzer(GapOptions.defaults(), demand).analyse(target, none);
        assertThat(g.missing()).extracting(GapSkill::uri).containsExactly("esco:a", "esco:c", "esco:b");
        assertThat(g.missing().get(0).weight()).isEqualTo(1.5);
        assertThat(g.missing().get(2).weight()).isEqualTo(1.0);
        assertThat(g.missing().get(0).demandSignals()).anySatisfy(d -> assertThat(d).contains("300.0k BLS openings"));
    }

    @Test
    void hotTechnologyMatchIsWholeWord() {
        assertThat(LabourProfiles.matches(LabourProfiles.norm("Python (computer programming)"), LabourProfiles.norm("Python"))).isTrue();
        assertThat(LabourProfiles.matches(LabourProfiles.norm("Pythonic art"), LabourProfiles.norm("Python"))).isFalse();
    }
}
