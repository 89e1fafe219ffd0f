package org.credpath.engine.recommend;

import java.nio.file.Path;
import org.credpath.engine.text.semantic.SemanticRelevance;
import org.credpath.engine.text.BgeSmallEncoder;
import org.credpath.engine.text.MiniLmEncoder;
import org.credpath.engine.text.StaticEncoder;
import org.credpath.engine.data.Lazy;
import org.credpath.engine.text.VectorCache;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.Background;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.plan.PlanningCatalogue;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.PlanningContexts;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.returns.CompletionEstimator;
import org.credpath.engine.skills.CataloguePreparation;
import org.credpath.engine.skills.SkillEmbeddings;
import org.credpath.engine.skills.SkillTagger;
import org.credpath.engine.returns.SkillPremiumModel;
import org.credpath.engine.text.TextEncoder;

/**
 * Everything a {@link Recommender} needs, loaded once from the shipped {@code datasets/} and
 * {@code models/}: labour market, the prepared and indexed catalogue, the planner's context and the
 * swappable serving model. The API's server, {@code credpath recommend} and {@code credpath eval}
 * all build their recommender here. Loading reports each step on {@code progress}.
 */
public final class RecommendEngine implements AutoCloseable {

    /**
     * The model served when none is named: the {@value SemanticGapModel#ID} prior, chosen on the judged
     * development half (docs/ranking.md, "Judged relevance"); {@value GapCoverageModel#ID} when it cannot load.
     * The trained DL4J ranker ({@code models/ranker-default}) stays loadable by name.
     */
    public static final String DEFAULT_MODEL = SemanticGapModel.ID;

    /**
     * The encoder names a {@value SemanticGapModel#ID} source may carry ({@code semantic-gap:static@2,2,2,0,0.3}):
     * {@value #BGE} (bge-small-en-v1.5, the default) or {@value StaticEncoder#NAME} ({@link StaticEncoder}).
     */
    public static final String BGE = "bge";

    private final LabourMarket market;
    private final Catalogue shipped;
    private final Catalogue retrieval;
    private final PlanningContext planning;
    private final ServingModels loader;
    private final ModelHolder models;
    private final SemanticRelevance semantic;

    private RecommendEngine(LabourMarket market, Catalogue shipped, Catalogue retrieval, PlanningContext planning,
            ServingModels loader, ModelHolder models, SemanticRelevance semantic) {
        this.semantic = semantic;
        this.market = market;
        this.shipped = shipped;
        this.retrieval = retrieval;
        this.planning = planning;
        this.loader = loader;
        this.models = models;
    }

    /**
     * @param modelSource the serving model (folder or built-in name); null = {@link #DEFAULT_MODEL} when
     *                    it loads, else {@value GapCoverageModel#ID}
     */
    public static RecommendEngine load(CredpathHome home, String modelSource, PrintStream progress) {
        return load(home, modelSource, 0, 0, progress);
    }

    /**
     * As {@link #load(CredpathHome, String, PrintStream)}, with retrieval over the shipped catalogue
     * resampled to {@code scaledSize} credentials (benchmarks; 0 = the shipped catalogue). Pathways
     * and the learner's prior learning still use the shipped catalogue.
     */
    public static RecommendEngine load(CredpathHome home, String modelSource, int scaledSize, long seed,
            PrintStream progress) {
        return load(home, modelSource, null, null, scaledSize, seed, LabourMarket.TitleVectors.WAIT, progress);
    }

    /**
     * As {@link #load(CredpathHome, String, int, long, PrintStream)}, loading the title resolver's
     * encoder vectors as {@code titleVectors} says ({@code BACKGROUND} for the server: it answers
     * with the lexical title stages until they are ready).
     */
    public static RecommendEngine load(CredpathHome home, String modelSource, int scaledSize, long seed,
            LabourMarket.TitleVectors titleVectors, PrintStream progress) {
        return load(home, modelSource, null, null, scaledSize, seed, titleVectors, progress);
    }

    /**
     * As {@link #load(CredpathHome, String, PrintStream)} over another catalogue (e.g. an evaluation's
     * file), prepared the same way ({@link CataloguePreparation}).
     *
     * @param credentials the catalogue; null = the bundled one
     * @param source      what to call it in progress lines
     */
    public static RecommendEngine load(CredpathHome home, String modelSource, List<Credential> credentials,
            String source, PrintStream progress) {
        return load(home, modelSource, credentials, source, 0, 0, LabourMarket.TitleVectors.WAIT, progress);
    }

    private static RecommendEngine load(CredpathHome home, String modelSource, List<Credential> credentials,
            String source, int scaledSize, long seed, LabourMarket.TitleVectors titleVectors, PrintStream progress) {
        Objects.requireNonNull(progress, "progress");
        // Each step starts as soon as its inputs are ready: what needs no ESCO (the planner's models, the
        // encoder model, the skill embeddings, the bundled listings) loads beside it; the catalogue and its
        // encoder vectors are prepared while the rest of the labour market loads.
        CompletableFuture<PlannerModels> plannerModels = Background.start("planner-models",
                () -> PlannerModels.load(home, progress));
        CompletableFuture<TextEncoder> encoder = Background.start("encoder-model", BgeSmallEncoder::shared);
        // The title encoder's model is loaded before the engine counts as loaded even when its title vectors are
        // read after the server is ready: creating an ONNX Runtime session while the JVM shuts down (a server
        // stopped in the seconds after ready) crashed the process in native code.
        CompletableFuture<TextEncoder> titleEncoder = Background.start("title-encoder-model", MiniLmEncoder::shared);
        CompletableFuture<Optional<SkillEmbeddings>> embeddings = Background.start("embeddings-loader", () -> {
            long t = System.nanoTime();
            Optional<SkillEmbeddings> e = CataloguePreparation.embeddings(home, progress::println);
            progress.println(String.format(java.util.Locale.ROOT, "catalogue: skill embeddings loaded in %.1f s",
                    seconds(t)));
            return e;
        });
        CompletableFuture<List<Credential>> listed = credentials != null ? CompletableFuture.completedFuture(credentials)
                : Background.start("catalogue-reader", () -> Catalogue.readBundled(home, progress));
        CompletableFuture<Esco> esco = Background.start("esco", () -> LabourMarket.loadEsco(home, progress::println));
        CompletableFuture<Catalogue> prepared = Background.start("catalogue-loader", () -> catalogue(home,
                Background.join(esco), Background.join(embeddings), Background.join(listed),
                        credentials == null ? null : Objects.requireNonNullElse(source, "catalogue"), progress));
        CompletableFuture<SemanticRelevance> semantic = Background.start("encoder-loader",
                () -> semantic(home, Background.join(encoder), Background.join(prepared), progress));
        LabourMarket market = LabourMarket.load(home, esco, progress::println, titleVectors);
        Catalogue catalogue = Background.join(prepared);
        Catalogue retrieval = scaledSize > 0 ? catalogue.resampled(scaledSize, seed, progress) : catalogue;
        PlanningContext planning = Background.join(plannerModels).context(market, catalogue);
        long t = System.nanoTime();
        ServingModels loader = servingModels(home, market, catalogue, planning.completion(), Background.join(semantic),
                progress);
        ModelHolder models = new ModelHolder(initialModel(loader, modelSource, progress), loader::load);
        progress.println(String.format(java.util.Locale.ROOT, "model: serving %s (version %s), loaded in %.1f s",
                models.model().info().id(), models.model().info().version(), seconds(t)));
        Background.join(titleEncoder);
        return new RecommendEngine(market, catalogue, retrieval, planning, loader, models, Background.join(semantic));
    }

    /** The catalogue prepared and indexed: the bundled one (with its caches) when {@code source} is null. */
    private static Catalogue catalogue(CredpathHome home, Esco esco, Optional<SkillEmbeddings> embeddings,
            List<Credential> credentials, String source, PrintStream progress) {
        long t = System.nanoTime();
        CataloguePreparation preparation = new CataloguePreparation(new SkillTagger(esco, embeddings), embeddings);
        progress.println(String.format(java.util.Locale.ROOT, "catalogue: skill tagger ready in %.1f s", seconds(t)));
        return source == null ? Catalogue.bundled(home, preparation, credentials, progress)
                : Catalogue.build(preparation, credentials, source, progress);
    }

    private static SemanticRelevance semantic(CredpathHome home, TextEncoder encoder, Catalogue catalogue,
            PrintStream progress) {
        long t = System.nanoTime();
        SemanticRelevance semantic = SemanticRelevance.of(encoder, VectorCache.dir(home),
                List.copyOf(catalogue.credentials().values()), progress::println);
        progress.println(String.format(java.util.Locale.ROOT, "encoder: credential vectors ready in %.1f s",
                seconds(t)));
        return semantic;
    }

    /** The planner's trained models (completion, skill premium): they need neither labour market nor catalogue. */
    private record PlannerModels(CompletionEstimator completion, Optional<SkillPremiumModel> skillPremium) {
        static PlannerModels load(CredpathHome home, PrintStream progress) {
            long t = System.nanoTime();
            try {
                PlannerModels m = new PlannerModels(PlanningContexts.completion(home, progress),
                        PlanningContexts.skillPremium(home, progress));
                progress.println(String.format(java.util.Locale.ROOT, "planner: completion and skill-premium models"
                        + " loaded in %.1f s", seconds(t)));
                return m;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the completion model: " + e.getMessage(), e);
            }
        }

        /** The planner's context over the shipped catalogue (skills already inferred). */
        PlanningContext context(LabourMarket market, Catalogue catalogue) {
            return new PlanningContext(market, new PlanningCatalogue(List.copyOf(catalogue.credentials().values())),
                    completion, skillPremium, null, null, null);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * The model kinds that can be served: the DL4J ranker (over the shipped catalogue's statistics) and the
     * re-ranker learned from adviser grades ({@link JudgedRankerModel}).
     */
    static ServingModels servingModels(CredpathHome home, LabourMarket market, Catalogue catalogue,
            CompletionEstimator completion, SemanticRelevance semantic, PrintStream progress) {
        RankerLoader dl4j = new RankerLoader(home, OccupationSkills.of(market.esco()), catalogue.credentials(),
                completion, progress);
        // semantic-gap over the static encoder distilled from bge-small: its credential vectors are made on first use
        Lazy<SemanticRelevance> statics = new Lazy<>(() -> semantic(home, StaticEncoder.load(home), catalogue, progress));
        RelevanceFeatures features = RelevanceFeatures.of(semantic, market.esco());
        Function<String, ServingModel> bge = params -> SemanticGapModel.of(semantic, market.esco(),
                SemanticGapModel.Weights.parse(params));
        return new ServingModels(home, ExchangeJson.mapper(), Map.of(Dl4jServingModel.KIND, dl4j,
                JudgedRankerModel.KIND, (dir, provenance) -> JudgedRankerModel.load(dir, provenance, features,
                        SemanticGapModel.of(semantic, market.esco(), SemanticGapModel.Weights.DEFAULTS))),
                Map.of(SemanticGapModel.ID, bge, SemanticGapModel.ID + ":" + BGE, bge,
                        SemanticGapModel.ID + ":" + StaticEncoder.NAME, params -> SemanticGapModel.of(
                                staticRelevance(statics), market.esco(), SemanticGapModel.Weights.parse(params))));
    }

    /** The static encoder's relevance; a missing or stale table is an {@link IllegalArgumentException} (as every model load failure). */
    private static SemanticRelevance staticRelevance(Lazy<SemanticRelevance> statics) {
        try {
            return statics.get();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("model " + SemanticGapModel.ID + ":" + StaticEncoder.NAME + ": "
                    + e.getMessage(), e);
        }
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

    /** The recommender over the shipped catalogue (or its resampled copy) and the swappable serving model. */
    public Recommender recommender(RecommenderOptions options) {
        return recommender(retrieval, options);
    }

    /** A recommender over another candidate source (e.g. the shipped catalogue plus a caller's additions). */
    public Recommender recommender(CandidateSource source, RecommenderOptions options) {
        return new GapRecommender(planning, source, models, options, semantic);
    }

    /**
     * A recommender that always ranks with {@code model} ({@link #loadModel}), whatever the shared
     * holder serves; for comparing models on the same pipeline.
     */
    public Recommender recommender(ServingModel model, RecommenderOptions options) {
        return new GapRecommender(planning, retrieval, new ModelHolder(model, loader::load), options, semantic);
    }

    /**
     * Loads a serving model (a folder with {@code provenance.json} or a built-in name) over this
     * engine's catalogue, without serving it.
     *
     * @throws IllegalArgumentException naming the source when it cannot be loaded
     */
    public ServingModel loadModel(String source) {
        return loader.load(source);
    }

    /** The (learner, credential) signals of {@link JudgedRankerModel}, over this engine's encoder vectors. */
    public RelevanceFeatures relevanceFeatures() {
        return RelevanceFeatures.of(semantic, market.esco());
    }

    public LabourMarket market() {
        return market;
    }

    /** The shipped catalogue, prepared and indexed. */
    public Catalogue catalogue() {
        return shipped;
    }

    /** The catalogue candidates are retrieved from: the shipped one, or its resampled copy. */
    public Catalogue retrieval() {
        return retrieval;
    }

    public PlanningContext planning() {
        return planning;
    }

    /** The swappable serving model. */
    public ModelHolder models() {
        return models;
    }

    @Override
    public void close() {
        if (retrieval != shipped) {
            retrieval.index().close();
        }
        shipped.index().close();
    }
}
