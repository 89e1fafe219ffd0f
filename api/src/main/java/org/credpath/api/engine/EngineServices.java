package org.credpath.api.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credpath.api.http.ApiJson;
import org.credpath.api.service.Services;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.plan.PlanningCatalogue;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.PlanningContexts;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.returns.CompletionEstimator;

/**
 * The engine loaded once for a server: labour market, catalogue index, planner and serving model,
 * and the API services bound to them. Loading reports each step on {@code progress} (stderr for
 * {@code serve}).
 */
public final class EngineServices implements AutoCloseable {

    /** The model served when none is named: the trained ranker when it loads, else {@value GapCoverageModel#ID}. */
    public static final String DEFAULT_MODEL = "models/ranker-default";

    private final LabourMarket market;
    private final IndexedCatalog catalog;
    private final ModelHolder models;
    private final PlanningContext planning;
    private final Services services;

    private EngineServices(LabourMarket market, IndexedCatalog catalog, ModelHolder models, PlanningContext planning,
            Services services) {
        this.market = market;
        this.catalog = catalog;
        this.models = models;
        this.planning = planning;
        this.services = services;
    }

    /**
     * Loads everything from the shipped {@code datasets/} and {@code models/}.
     *
     * @param modelSource the serving model (folder or built-in name); null = {@link #DEFAULT_MODEL} when it
     *                    loads, else {@value GapCoverageModel#ID}
     */
    public static EngineServices load(CredpathHome home, String modelSource, PrintStream progress) {
        return load(home, modelSource, 0, 0, progress);
    }

    /**
     * As {@link #load(CredpathHome, String, PrintStream)}, with retrieval over the real catalogue
     * resampled to {@code scaledSize} credentials (benchmarks; 0 = the real catalogue). Pathways and
     * the learner's prior learning still use the real catalogue.
     */
    public static EngineServices load(CredpathHome home, String modelSource, int scaledSize, long seed,
            PrintStream progress) {
        return load(home, modelSource, scaledSize, seed, RecommenderOptions.DEFAULTS, progress);
    }

    /** As {@link #load(CredpathHome, String, int, long, PrintStream)}, recommending with {@code options}. */
    public static EngineServices load(CredpathHome home, String modelSource, int scaledSize, long seed,
            RecommenderOptions options, PrintStream progress) {
        Objects.requireNonNull(progress, "progress");
        LabourMarket market = LabourMarket.load(home, progress::println);
        Catalogue catalogue = Catalogue.build(home, market.esco(), null, progress);
        IndexedCatalog catalog = new IndexedCatalog(scaledSize > 0 ? catalogue.resampled(scaledSize, seed, progress)
                : catalogue);
        PlanningContext planning = planning(home, market, catalogue, progress);
        ServingModels loader = servingModels(home, market, catalogue, planning.completion(), progress);
        ModelHolder models = new ModelHolder(initialModel(loader, modelSource, progress), loader::load);
        progress.println("model: serving " + models.model().info().id() + " (version " + models.model().info().version()
                + ")");
        Services services = Services.none().withOccupations(new LabourOccupations(market)).withCatalog(catalog)
                .withPathways(new PlannerPathways(planning)).withModel(models)
                .withRecommendations(new GapRecommender(planning, catalog, models, options));
        return new EngineServices(market, catalog, models, planning, services);
    }

    /** The model kinds this server can serve: the DL4J ranker (over the shipped catalogue's statistics). */
    static ServingModels servingModels(CredpathHome home, LabourMarket market, Catalogue catalogue,
            CompletionEstimator completion, PrintStream progress) {
        RankerLoader dl4j = new RankerLoader(home, OccupationSkills.of(market.esco()), catalogue.credentials(),
                completion, progress);
        return new ServingModels(home, ApiJson.mapper(), Map.of(Dl4jServingModel.KIND, dl4j));
    }

    private static ServingModel initialModel(ServingModels loader, String source, PrintStream progress) {
        if (source != null) {
            return loader.load(source);
        }
        try {
            return loader.load(DEFAULT_MODEL);
        } catch (IllegalArgumentException e) {
            progress.println("model: " + e.getMessage() + "; serving the untrained " + GapCoverageModel.ID + " ranker");
            return loader.load(GapCoverageModel.ID);
        }
    }

    /** The planner's context over the shipped catalogue (skills already inferred) and the trained models. */
    public static PlanningContext planning(CredpathHome home, LabourMarket market, Catalogue catalogue,
            PrintStream progress) {
        try {
            return new PlanningContext(market, new PlanningCatalogue(List.copyOf(catalogue.credentials().values())),
                    PlanningContexts.completion(home, progress), PlanningContexts.skillPremium(home, progress), null,
                    null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the completion model: " + e.getMessage(), e);
        }
    }

    public LabourMarket market() {
        return market;
    }

    public IndexedCatalog catalog() {
        return catalog;
    }

    public ModelHolder models() {
        return models;
    }

    /** Another recommender over this engine's catalogue, planner context and serving model (comparisons). */
    public GapRecommender recommender(RecommenderOptions options) {
        return new GapRecommender(planning, catalog, models, options);
    }

    /** The bound services, to hand to {@link org.credpath.api.ApiServer#create}. */
    public Services services() {
        return services;
    }

    @Override
    public void close() {
        catalog.shipped().index().close();
    }
}
