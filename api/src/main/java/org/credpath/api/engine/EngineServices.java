package org.credpath.api.engine;

import java.io.PrintStream;

import org.credpath.api.ops.GracefulStop;
import org.credpath.api.service.RecommendationService;
import org.credpath.api.service.Services;
import org.credpath.engine.data.Background;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.recommend.ModelHolder;
import org.credpath.engine.recommend.RecommendEngine;
import org.credpath.engine.recommend.RecommenderOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine loaded once for a server ({@link RecommendEngine}) and the API services bound to it:
 * occupations, the catalogue with tenant additions ({@link IndexedCatalog}), pathways, the serving
 * model and recommendations (the engine's recommender with the tenant catalogue as its candidate
 * source). Loading reports each step on {@code progress} (stderr for {@code serve}).
 */
public final class EngineServices implements AutoCloseable {

    /** The model served when none is named (see {@link RecommendEngine#DEFAULT_MODEL}). */
    public static final String DEFAULT_MODEL = RecommendEngine.DEFAULT_MODEL;

    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.LOGGER);

    private final RecommendEngine engine;
    private final IndexedCatalog catalog;
    private final Services services;

    private EngineServices(RecommendEngine engine, IndexedCatalog catalog, Services services) {
        this.engine = engine;
        this.catalog = catalog;
        this.services = services;
    }

    /**
     * Loads everything from the shipped {@code datasets/} and {@code models/}.
     *
     * @param modelSource the serving model (folder or built-in name); null = {@link #DEFAULT_MODEL} when it
     *                    loads, else the built-in gap-coverage ranker
     */
    public static EngineServices load(CredpathHome home, String modelSource, PrintStream progress) {
        return load(home, modelSource, 0, 0, RecommenderOptions.DEFAULTS, progress);
    }

    /**
     * As {@link #load(CredpathHome, String, PrintStream)}, with retrieval over the real catalogue
     * resampled to {@code scaledSize} credentials (benchmarks; 0 = the real catalogue), recommending
     * with {@code options}. Pathways and the learner's prior learning still use the real catalogue.
     */
    public static EngineServices load(CredpathHome home, String modelSource, int scaledSize, long seed,
            RecommenderOptions options, PrintStream progress) {
        return load(home, modelSource, scaledSize, seed, options, LabourMarket.TitleVectors.WAIT, progress);
    }

    /**
     * The server's load: as {@link #load(CredpathHome, String, PrintStream)} with the title resolver's
     * encoder vectors read on a background thread started by {@link #warmUp()} ({@code GET /v1/health/ready}
     * says which title resolver answers meanwhile).
     */
    public static EngineServices loadForServing(CredpathHome home, String modelSource, PrintStream progress) {
        return load(home, modelSource, 0, 0, RecommenderOptions.DEFAULTS, LabourMarket.TitleVectors.BACKGROUND, progress);
    }

    private static EngineServices load(CredpathHome home, String modelSource, int scaledSize, long seed,
            RecommenderOptions options, LabourMarket.TitleVectors titleVectors, PrintStream progress) {
        RecommendEngine engine = RecommendEngine.load(home, modelSource, scaledSize, seed, titleVectors, progress);
        IndexedCatalog catalog = new IndexedCatalog(engine.retrieval());
        Services services = Services.none().withOccupations(new LabourOccupations(engine.market()))
                .withCatalog(catalog).withPathways(new PlannerPathways(engine.planning()))
                .withTeams(new EngineTeams(engine.planning()))
                .withModel(new ServedModel(engine.models()))
                .withRecommendations(new EngineRecommendations(engine.recommender(catalog, options), catalog));
        return new EngineServices(engine, catalog, services);
    }

    /**
     * Starts, on background threads, what a start does not need: the title resolver's encoder vectors
     * (job titles are read by the lexical stages until they are loaded, as readiness says) and the skill
     * tagger's label dictionary (built on first use otherwise: text searches and catalogue imports tag
     * with it). A server calls it once it is ready.
     */
    public void warmUp() {
        engine.market().startTitleVectors();
        Background.start("engine-warm-up", () -> {
            engine.catalogue().tagger().prepare();
            return null;
        }).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.warn("warm-up: the skill tagger's label dictionary was not built ({}); the first tagging"
                        + " builds it again", failure.toString());
            }
        });
    }

    public LabourMarket market() {
        return engine.market();
    }

    public IndexedCatalog catalog() {
        return catalog;
    }

    public ModelHolder models() {
        return engine.models();
    }

    /** Another recommendation service over this engine's catalogue, planner context and serving model (comparisons). */
    public RecommendationService recommender(RecommenderOptions options) {
        return new EngineRecommendations(engine.recommender(catalog, options), catalog);
    }

    /** The bound services, to hand to {@link org.credpath.api.ApiServer#create}. */
    public Services services() {
        return services;
    }

    @Override
    public void close() {
        engine.close();
    }
}
