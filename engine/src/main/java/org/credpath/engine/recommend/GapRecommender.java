package org.credpath.engine.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.index.SearchFilters;
import org.credpath.engine.index.SearchMode;
import org.credpath.engine.index.SearchRequest;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.BeamPlanner;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.TargetSkill;

/**
 * The {@link Recommender}: prepares the learner once (occupations, skill state, gap, as the
 * planner does; remembered by value, {@link PreparedLearners}), retrieves
 * {@link RecommenderOptions#candidates()} candidates by hybrid search on the gap skills
 * (their labels for BM25, their embedding centroid for KNN) under the filters, drops held and
 * over-budget ones, lets the serving model score all candidates in one call, and explains the
 * top {@code k} ({@link Explainer}). The model is read once per request ({@link ModelHolder}).
 */
public final class GapRecommender implements Recommender {

    static final int QUERY_LABELS = 8;
    static final int QUERY_SKILLS = 30;

    private final PathwayService planner;
    private final CandidateSource catalog;
    private final ModelHolder models;
    private final Explainer explainer;
    private final PreparedLearners learners;
    private final RecommenderOptions options;

    public GapRecommender(PlanningContext context, CandidateSource catalog, ModelHolder models) {
        this(context, catalog, models, RecommenderOptions.DEFAULTS);
    }

    public GapRecommender(PlanningContext context, CandidateSource catalog, ModelHolder models,
            RecommenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.planner = new PathwayService(Objects.requireNonNull(context, "context"), new BeamPlanner());
        this.learners = new PreparedLearners(l -> view(planner.prepare(l)));
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.models = Objects.requireNonNull(models, "models");
        this.explainer = new Explainer(context, options.returnDraws());
    }

    @Override
    public Recommendations recommend(Learner learner, RecommendRequest request) {
        int k = request.k();
        ServingModel model = models.model();
        LearnerView view = learners.view(learner);
        List<String> warnings = new ArrayList<>(view.prepared().warnings());
        List<Credential> candidates = candidates(request.scope(), view, request.filters(), warnings);
        double[] scores = candidates.isEmpty() ? new double[0] : model.score(view, candidates);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i));
        List<Recommendation> items = new ArrayList<>();
        for (int rank = 0; rank < Math.min(k, order.size()); rank++) {
            int i = order.get(rank);
            items.add(explainer.explain(view, candidates.get(i), scores[i], rank < Explainer.PRICED_ITEMS));
        }
        return new Recommendations(model.info().id(), model.info().version(), items, warnings);
    }

    /** The learner's gap as weights: the gap toward the target, or the premium skills with no target. */
    static LearnerView view(PathwayService.Prepared p) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (TargetSkill t : p.targetSkills()) {
            weights.merge(t.uri(), t.weight(), Double::sum);
        }
        return new LearnerView(p, weights, p.state().byUri().keySet());
    }

    private List<Credential> candidates(String scope, LearnerView view, RecommendFilters f, List<String> warnings) {
        List<String> skills = view.gapWeights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        if (skills.isEmpty()) {
            warnings.add("no skills to gain were found (give a targetOccupation): nothing to recommend");
            return List.of();
        }
        String text = skills.stream().limit(QUERY_LABELS).map(explainer::label).collect(Collectors.joining(" "));
        SearchRequest request = new SearchRequest(text, skills.subList(0, Math.min(QUERY_SKILLS, skills.size())),
                filters(view.learner(), f), options.candidates(), SearchMode.HYBRID);
        Set<String> held = new LinkedHashSet<>(view.learner().heldCredentials());
        Double budget = view.learner().budgetUsd();
        List<Credential> out = new ArrayList<>();
        for (Credential c : catalog.candidates(scope, request)) {
            if (!held.contains(c.id()) && (budget == null || c.costUsd() == null || c.costUsd() <= budget)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The request's filters, with the learner's accepted delivery modes when the request names none. */
    static SearchFilters filters(Learner learner, RecommendFilters f) {
        Set<Delivery> deliveries = f.delivery() != null ? Set.of(f.delivery()) : Set.copyOf(learner.delivery());
        return new SearchFilters(f.type() == null ? Set.of() : Set.of(f.type()), Set.of(), deliveries, f.maxHours(),
                f.maxCostUsd(), null, null);
    }
}
