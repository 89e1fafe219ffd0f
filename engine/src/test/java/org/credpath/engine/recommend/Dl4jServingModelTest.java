package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.labour.esco.SkillRelation;
import org.credpath.engine.rank.CatalogueStats;
import org.credpath.engine.rank.Dl4jRanker;
import org.credpath.engine.rank.FeatureNormalizer;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.rank.ProfileResolver;
import org.credpath.engine.rank.StandardFeatureExtractor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import tools.jackson.databind.node.JsonNodeFactory;

class Dl4jServingModelTest {

    private static final OccupationSkills NO_OCCUPATIONS = new OccupationSkills() {
        @Override
        public Set<String> skillsOf(String occupation, SkillRelation relation) {
            return Set.of();
        }

        @Override
        public Map<String, Double> demand() {
            return Map.of();
        }
    };

    private static Dl4jRanker ranker(List<String> names) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(names.size()).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .build());
        net.init();
        double[] ones = new double[names.size()];
        java.util.Arrays.fill(ones, 1);
        return new Dl4jRanker(net, new FeatureNormalizer(names, new double[names.size()], ones));
    }

    private static Dl4jServingModel serve(Dl4jRanker ranker) {
        ModelInfo info = new ModelInfo("old-ranker", "v", JsonNodeFactory.instance.objectNode(), null);
        return new Dl4jServingModel(info, ranker, new StandardFeatureExtractor(
                new CatalogueStats(List.of(), List.of(), Map.of()), LearnerSignals.none()),
                new ProfileResolver(NO_OCCUPATIONS, Map.of()));
    }

    @Test
    void aModelTrainedBeforeTheUnknownCostIndicatorIsRefusedByName() {
        // the 19 columns models/ranker-default had before cost_unknown was added
        List<String> old = new ArrayList<>(StandardFeatureExtractor.NAMES);
        old.remove("cost_unknown");
        assertThat(old).hasSize(19);
        assertThatThrownBy(() -> serve(ranker(old)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model old-ranker: trained on features")
                .hasMessageContaining("cost_unknown")
                .hasMessageContaining("retrain it");
    }

    @Test
    void aModelOnTheCurrentFeaturesIsAccepted() {
        assertThat(serve(ranker(StandardFeatureExtractor.NAMES)).info().id()).isEqualTo("old-ranker");
    }
}
