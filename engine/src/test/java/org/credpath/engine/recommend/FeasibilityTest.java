package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;

/** The soft time and budget limits, and the semantic-gap weights that use them. */
class FeasibilityTest {

    private static Learner learner(Double budget, Double hoursPerWeek) {
        return new Learner("l", null, null, null, null, budget, hoursPerWeek, null, null);
    }

    private static Credential credential(Double hours, Double cost) {
        Credential c = Credential.of("c:x", "X");
        return new Credential(c.id(), c.title(), c.provider(), c.description(), c.syllabus(), c.url(),
                c.credentialType(), c.level(), hours, cost, c.delivery(), c.language(), c.assessed(), c.skills(),
                c.skillLabels(), c.prerequisites(), c.stacksInto(), c.credits(), c.endorsements(), c.reviewedOn());
    }

    @Test
    void moreThanAYearAtTheLearnersPaceIsAStretch() {
        assertThat(Feasibility.stretch(learner(null, 3.0), credential(780.0, null))).isTrue();
        assertThat(Feasibility.stretch(learner(null, 3.0), credential(150.0, null))).isFalse();
        assertThat(Feasibility.stretch(learner(null, null), credential(780.0, null))).isFalse();
    }

    @Test
    void aLongProgrammeOfUnknownCostIsAStretchOnlyForASmallBudget() {
        assertThat(Feasibility.stretch(learner(100.0, null), credential(117.0, null))).isTrue();
        assertThat(Feasibility.stretch(learner(100.0, null), credential(117.0, 49.0))).isFalse();
        assertThat(Feasibility.stretch(learner(100.0, null), credential(52.0, null))).isFalse();
        assertThat(Feasibility.stretch(learner(500.0, null), credential(117.0, null))).isFalse();
        assertThat(Feasibility.stretch(learner(0.0, 10.0), credential(null, null))).isFalse();
    }

    @Test
    void weightsParseWithTrailingValuesOffAndRefuseBadOnes() {
        assertThat(SemanticGapModel.Weights.parse("1,2")).isEqualTo(new SemanticGapModel.Weights(1, 2, 0, 0, 0, 0));
        assertThat(SemanticGapModel.Weights.parse("1, 2, 1, 0.3, 0.5"))
                .isEqualTo(new SemanticGapModel.Weights(1, 2, 1, 0.3, 0.5, 0));
        assertThat(SemanticGapModel.Weights.parse(null)).isEqualTo(SemanticGapModel.Weights.DEFAULTS);
        assertThat(SemanticGapModel.Weights.parse("2,2,2,0,0.3,0.25"))
                .isEqualTo(new SemanticGapModel.Weights(2, 2, 2, 0, 0.3, 0.25));
        assertThatThrownBy(() -> SemanticGapModel.Weights.parse("1,2,3,4,5,0.5,7")).hasMessageContaining("similarity,gap");
        assertThatThrownBy(() -> SemanticGapModel.Weights.parse("1,2,1,0,0.3,1.5")).hasMessageContaining("hub at most 1");
        assertThatThrownBy(() -> SemanticGapModel.Weights.parse("1,x")).hasMessageContaining("'1,x'");
        assertThatThrownBy(() -> SemanticGapModel.Weights.parse("1,2,-1")).hasMessageContaining("interest");
        assertThatThrownBy(() -> SemanticGapModel.Weights.parse("1,2,1,-0.1")).hasMessageContaining("floor");
    }
}
