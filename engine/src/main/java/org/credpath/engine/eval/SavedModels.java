package org.credpath.engine.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.rank.ColumnRanker;
import org.credpath.engine.rank.Ranker;
import org.credpath.engine.recommend.Dl4jServingModel;
import org.credpath.engine.recommend.GapCoverageModel;
import org.credpath.engine.recommend.RecommendEngine;
import org.credpath.engine.recommend.Recommender;
import org.credpath.engine.recommend.RecommenderOptions;
import org.credpath.engine.recommend.ServingModel;

/**
 * Saved models ({@code eval --model}) loaded exactly as the server loads them, over the evaluation's
 * catalogue: a {@link RecommendEngine} built on that catalogue (prepared the same way) gives each
 * model's served {@link Recommender}; the same loaded model scores the whole-catalogue feature
 * matrix ({@link Dl4jServingModel#ranker()}; the built-in {@value GapCoverageModel#ID} is its
 * feature column there). Rows are named by the model's id ({@code ranker-default}, {@code gap-coverage}).
 * A model that scores candidates by other means (the text-relevance {@code semantic-gap}) has served
 * rows only.
 */
public final class SavedModels implements AutoCloseable {

    private final RecommendEngine engine;
    private final Map<String, ServingModel> models;
    private final PrintStream progress;

    private SavedModels(RecommendEngine engine, Map<String, ServingModel> models, PrintStream progress) {
        this.engine = engine;
        this.models = models;
        this.progress = progress;
    }

    /** @throws IllegalArgumentException naming the source of a model that does not load */
    public static SavedModels load(CredpathHome home, EvalData data, String source, List<String> sources,
            PrintStream progress) {
        RecommendEngine engine = RecommendEngine.load(home, GapCoverageModel.ID, List.copyOf(data.catalogue().values()),
                source, progress);
        Map<String, ServingModel> models = new LinkedHashMap<>();
        try {
            for (String s : sources) {
                ServingModel m = engine.loadModel(s);
                if (models.putIfAbsent(m.info().id(), m) != null) {
                    throw new IllegalArgumentException("--model " + s + ": model id " + m.info().id() + " given twice");
                }
            }
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return new SavedModels(engine, models, progress);
    }

    /**
     * Each model that can rank the whole-catalogue feature matrix (columns named {@code featureNames}), as
     * such a ranker; the others are named on the progress stream and scored as served only.
     */
    public List<Ranker> wholeCatalogue(List<String> featureNames) {
        List<Ranker> out = new ArrayList<>();
        models.forEach((id, m) -> {
            Ranker r = ranker(id, m, featureNames);
            if (r == null) {
                progress.println("eval: model " + id + " scores candidates by text, not by the feature matrix:"
                        + " served protocol only");
            } else {
                out.add(r);
            }
        });
        return out;
    }

    /** The model as a ranker of the feature matrix, or null when it has no such scoring. */
    private static Ranker ranker(String id, ServingModel m, List<String> featureNames) {
        if (m instanceof Dl4jServingModel d) {
            List<String> trained = d.ranker().normalizer().featureNames();
            if (!trained.equals(featureNames)) {
                throw new IllegalArgumentException("model " + id + ": trained on features " + trained
                        + " but eval extracts " + featureNames);
            }
            return named(id, d.ranker());
        }
        if (m instanceof GapCoverageModel) {
            return named(id, ColumnRanker.gapCoverage(featureNames));
        }
        return null;
    }

    private static Ranker named(String name, Ranker r) {
        return new Ranker() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] score(float[][] features) {
                return r.score(features);
            }
        };
    }

    /** Each model's served recommender (same retrieval, filters and explanation as the API). */
    public Map<String, Recommender> served(RecommenderOptions options) {
        Map<String, Recommender> out = new LinkedHashMap<>();
        models.forEach((id, m) -> out.put(id, engine.recommender(m, options)));
        return out;
    }

    @Override
    public void close() {
        engine.close();
    }
}
