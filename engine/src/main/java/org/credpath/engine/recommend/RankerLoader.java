package org.credpath.engine.recommend;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.returns.CompletionEstimator;

import tools.jackson.databind.JsonNode;

/**
 * Loads {@value Dl4jServingModel#KIND} model folders. The signals the ranker's features need
 * (skill premium, completion, skill embeddings from {@code models/}) are loaded on the first
 * load and shared by every later one; completion comes from the server's shared estimator
 * ({@code LearnerSignals.shipped} with the server's completion estimator).
 */
final class RankerLoader implements ServingModels.FolderLoader {

    private final CredpathHome home;
    private final OccupationSkills occupations;
    private final Map<String, Credential> catalogue;
    private final CompletionEstimator completion;
    private final PrintStream progress;
    private LearnerSignals signals;

    RankerLoader(CredpathHome home, OccupationSkills occupations, Map<String, Credential> catalogue,
            CompletionEstimator completion, PrintStream progress) {
        this.home = home;
        this.occupations = occupations;
        this.catalogue = catalogue;
        this.completion = completion;
        this.progress = progress;
    }

    @Override
    public ServingModel apply(Path dir, JsonNode provenance) {
        ModelInfo info = Dl4jServingModel.info(dir, provenance, ServingModels.metrics(ExchangeJson.mapper(), dir));
        return Dl4jServingModel.load(dir, info, catalogue, occupations, signals());
    }

    private synchronized LearnerSignals signals() {
        if (signals == null) {
            progress.println("model: loading the skill-premium, completion and embedding signals for the ranker");
            try {
                signals = LearnerSignals.shipped(home, completion);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("ranker signals: " + e.getMessage(), e);
            }
        }
        return signals;
    }
}
