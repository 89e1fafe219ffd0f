package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidualModelTest {

    /** Scores fixed per candidate position. */
    record Constant(String id, double[] scores) implements ServingModel {
        @Override
        public ModelInfo info() {
            return new ModelInfo(id, "1", ExchangeJson.mapper().createObjectNode().put("model", id), null);
        }

        @Override
        public double[] score(LearnerView learner, List<Credential> candidates) {
            return scores.clone();
        }
    }

    private static final List<Credential> THREE = List.of(Credential.of("a", "A"), Credential.of("b", "B"),
            Credential.of("c", "C"));

    @Test
    void theLearnedScoreIsAStandardisedCorrectionOnThePrior() {
        ServingModel prior = new Constant("prior", new double[] {0.50, 0.49, 0.10});
        ServingModel learned = new Constant("learned", new double[] {-100, 300, 200});
        double[] s = ResidualModel.of(prior, learned, 0.05).score(null, THREE);
        // learned z-scores: -1.37, 0.98, 0.39 -> the close call (a, b) flips, c stays last
        assertThat(s[1]).isGreaterThan(s[0]);
        assertThat(s[2]).isLessThan(Math.min(s[0], s[1]));
        assertThat(ResidualModel.of(prior, learned, 0).score(null, THREE)).containsExactly(0.50, 0.49, 0.10);
        assertThat(ResidualModel.of(prior, learned, 0.05).info().id()).isEqualTo("prior+learned");
    }

    @Test
    void standardisingAConstantGivesZeros() {
        assertThat(ResidualModel.standardised(new double[] {3, 3, 3})).containsExactly(0, 0, 0);
        assertThat(ResidualModel.standardised(new double[] {1, 3})).containsExactly(-1, 1);
    }

    @Test
    void servingModelsReadPriorPlusLearnedWithAWeightAndNameBadParts(@TempDir Path home) {
        ServingModels loader = new ServingModels(new CredpathHome(home), ExchangeJson.mapper(), Map.of(),
                Map.of("semantic-gap", params -> new Constant("semantic-gap" + (params == null ? "" : "@" + params),
                        new double[] {1, 2, 3})));
        ServingModel m = loader.load("semantic-gap+gap-coverage@0.2");
        assertThat(m).isInstanceOf(ResidualModel.class);
        assertThat(((ResidualModel) m).weight()).isEqualTo(0.2);
        assertThat(((ResidualModel) loader.load("semantic-gap+gap-coverage")).weight()).isEqualTo(ResidualModel.DEFAULT_WEIGHT);
        assertThatThrownBy(() -> loader.load("semantic-gap+gap-coverage@lots")).hasMessageContaining("'lots'");
        assertThatThrownBy(() -> loader.load("semantic-gap+models/none")).hasMessageContaining("semantic-gap+models/none")
                .hasMessageContaining("provenance.json");
        assertThatThrownBy(() -> loader.load("semantic-gap+gap-coverage@-1")).hasMessageContaining(">= 0");
        assertThat(loader.load("semantic-gap@1,2").info().id()).isEqualTo("semantic-gap@1,2");
        assertThat(((ResidualModel) loader.load("semantic-gap@1,2+gap-coverage@0.1")).prior().info().id())
                .isEqualTo("semantic-gap@1,2");
    }
}
