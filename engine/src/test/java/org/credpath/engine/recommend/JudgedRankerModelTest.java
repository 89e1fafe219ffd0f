package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.labour.title.TitleFixture;
import org.credpath.engine.text.TextEncoder;
import org.credpath.engine.text.semantic.SemanticRelevance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedRankerModelTest {

    private static final TextEncoder ENCODER = new TextEncoder() {
        @Override
        public String id() {
            return "stub";
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public float[] encode(String text) {
            return new float[] {1, 0};
        }
    };

    private static final RelevanceFeatures FEATURES = RelevanceFeatures.of(
            new SemanticRelevance(ENCODER, List.of(), new float[0][]), TitleFixture.ESCO);

    @TempDir
    Path dir;

    private static JudgedRankerModel.Weights weights(List<String> names, int hot, double coefficient) {
        double[] c = new double[names.size()];
        c[hot] = coefficient;
        double[] mean = new double[names.size()];
        double[] scale = new double[names.size()];
        java.util.Arrays.fill(scale, 2);
        return new JudgedRankerModel.Weights(names, mean, scale, List.of(new JudgedRankerModel.Head("grade>=2", c, -1),
                new JudgedRankerModel.Head("grade>=1", new double[names.size()], 0)), null, 0);
    }

    private Path folder(JudgedRankerModel.Weights w) throws Exception {
        Path m = dir.resolve("judged-ranker");
        Files.createDirectories(m);
        Files.writeString(m.resolve("provenance.json"), "{\"model\":\"judged-ranker\",\"createdAt\":\"2026-12-04T00:00:00Z\"}");
        Files.writeString(m.resolve(JudgedRankerModel.WEIGHTS), ExchangeJson.mapper().writeValueAsString(w));
        return m;
    }

    @Test
    void theScoreIsTheSumOfTheHeadsProbabilitiesOnStandardisedFeatures() {
        JudgedRankerModel.Weights w = weights(RelevanceFeatures.NAMES, 0, 3);
        double[] raw = new double[RelevanceFeatures.NAMES.size()];
        raw[0] = 1; // standardised: 1 / 2 = 0.5, times 3, less 1: z = 0.5
        assertThat(w.score(raw)).isCloseTo(1 / (1 + Math.exp(-0.5)) + 0.5, within(1e-12));
        raw[0] = -1;
        assertThat(w.score(raw)).isLessThan(w.score(new double[raw.length]));
    }

    @Test
    void aSavedModelLoadsByFolderWithItsIdAndWeights() throws Exception {
        Path m = folder(weights(RelevanceFeatures.NAMES, 1, 0.5));
        JudgedRankerModel model = JudgedRankerModel.loadLearned(m, ExchangeJson.mapper().readTree(
                Files.readString(m.resolve("provenance.json"))), FEATURES);
        assertThat(model.info().id()).isEqualTo("judged-ranker");
        assertThat(model.info().version()).isEqualTo("2026-12-04T00:00:00Z");
        assertThat(model.weights().heads().get(0).coefficients()[1]).isEqualTo(0.5);
    }

    @Test
    void aModelTrainedOnAnotherFeatureListIsRefusedByName() throws Exception {
        List<String> other = new ArrayList<>(RelevanceFeatures.NAMES);
        other.set(3, "provider_is_google");
        Path m = folder(weights(other, 0, 1));
        assertThatThrownBy(() -> JudgedRankerModel.load(m, ExchangeJson.mapper().readTree(
                Files.readString(m.resolve("provenance.json"))), FEATURES, new GapCoverageModel(ExchangeJson.mapper())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model judged-ranker: trained on features")
                .hasMessageContaining("provider_is_google")
                .hasMessageContaining("./credpath train judged-ranker");
    }

    @Test
    void aFolderWithoutWeightsOrWithBrokenWeightsIsRefused() throws Exception {
        Path m = folder(weights(RelevanceFeatures.NAMES, 0, 1));
        Files.writeString(m.resolve(JudgedRankerModel.WEIGHTS), "{\"features\":[\"goal_cos\"],\"mean\":[0],"
                + "\"scale\":[1],\"heads\":[]}");
        var provenance = ExchangeJson.mapper().readTree(Files.readString(m.resolve("provenance.json")));
        assertThatThrownBy(() -> JudgedRankerModel.loadLearned(m, provenance, FEATURES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heads");
        Files.delete(m.resolve(JudgedRankerModel.WEIGHTS));
        assertThatThrownBy(() -> JudgedRankerModel.loadLearned(m, provenance, FEATURES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weights.json");
    }

    @Test
    void weightsNamingThePriorLoadAsACorrectionOnItUnderTheFoldersIdentity() throws Exception {
        JudgedRankerModel.Weights w = weights(RelevanceFeatures.NAMES, 0, 1);
        Path m = folder(new JudgedRankerModel.Weights(w.features(), w.mean(), w.scale(), w.heads(), "semantic-gap", 0.2));
        ServingModel prior = new GapCoverageModel(ExchangeJson.mapper());
        ServingModel model = JudgedRankerModel.load(m, ExchangeJson.mapper().readTree(
                Files.readString(m.resolve("provenance.json"))), FEATURES, prior);
        assertThat(model).isInstanceOfSatisfying(ResidualModel.class, r -> {
            assertThat(r.prior()).isSameAs(prior);
            assertThat(r.weight()).isEqualTo(0.2);
            assertThat(r.info().id()).isEqualTo("judged-ranker");
        });
        assertThat(JudgedRankerModel.load(folder(w), ExchangeJson.mapper().readTree(
                Files.readString(m.resolve("provenance.json"))), FEATURES, prior)).isInstanceOf(JudgedRankerModel.class);
        assertThatThrownBy(() -> new JudgedRankerModel.Weights(w.features(), w.mean(), w.scale(), w.heads(),
                "bm25", 0.2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prior");
        assertThatThrownBy(() -> new JudgedRankerModel.Weights(w.features(), w.mean(), w.scale(), w.heads(),
                "semantic-gap", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("residual");
    }
}
