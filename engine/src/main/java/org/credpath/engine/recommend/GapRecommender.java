package org.credpath.engine.recommend;

import org.credpath.engine.text.semantic.SemanticRelevance;
import org.credpath.engine.labour.esco.EscoOccupation;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.credpath.engine.plan.PlanReport;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.TargetSkill;
import org.credpath.engine.gap.GapAnalysis;
import org.credpath.engine.gap.GapAnalyzer;

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
    /** The closest credentials in meaning that join the candidates: 1 / this share of {@link RecommenderOptions#candidates()}. */
    static final int SEMANTIC_SHARE = 4;
    /** The learner's interests that lead the search text and bring their closest credentials in meaning, at most. */
    static final int INTERESTS = 5;

    private final PlanningContext context;
    private final PathwayService planner;
    private final CandidateSource catalog;
    private final ModelHolder models;
    private final Explainer explainer;
    private final PreparedLearners learners;
    private final RecommenderOptions options;
    private final SemanticRelevance semantic;

    public GapRecommender(PlanningContext context, CandidateSource catalog, ModelHolder models) {
        this(context, catalog, models, RecommenderOptions.DEFAULTS);
    }

    public GapRecommender(PlanningContext context, CandidateSource catalog, ModelHolder models,
            RecommenderOptions options) {
        this(context, catalog, models, options, null);
    }

    /**
     * @param semantic the sentence-encoder relevance over the shipped catalogue, or null: when given, the
     *                 credentials closest in meaning to the learner's goal occupation join the retrieved
     *                 candidates, and the goal's label leads the search text
     */
    public GapRecommender(PlanningContext context, CandidateSource catalog, ModelHolder models,
            RecommenderOptions options, SemanticRelevance semantic) {
        this.semantic = semantic;
        this.options = Objects.requireNonNull(options, "options");
        this.planner = new PathwayService(Objects.requireNonNull(context, "context"), new BeamPlanner());
        this.context = context;
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
        warnings.addAll(view.notes());
        // a semantic-gap model over another encoder retrieves its closest credentials in that encoder's space
        SemanticRelevance relevance = model instanceof SemanticGapModel m ? m.relevance() : semantic;
        List<Credential> candidates = candidates(request.scope(), view, request.filters(), warnings, relevance);
        double[] scores = candidates.isEmpty() ? new double[0] : model.score(view, candidates, request.feedback());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i));
        double floor = model.minimumScore();
        List<Recommendation> items = new ArrayList<>();
        for (int rank = 0; rank < Math.min(k, order.size()) && scores[order.get(rank)] >= floor; rank++) {
            int i = order.get(rank);
            items.add(explainer.explain(view, candidates.get(i), scores[i], rank < Explainer.PRICED_ITEMS));
        }
        if (items.size() < Math.min(k, order.size())) {
            warnings.add("showing " + items.size() + " of " + k + ": the other " + (order.size() - items.size())
                    + " candidate(s) scored below the model's relevance floor (" + floor + "); fewer items rather than"
                    + " weak fillers");
        }
        CandidateFilter.costLimit(learner, request.filters()).ifPresent(limit -> unknownCostWarning(items, limit,
                request.filters(), warnings));
        List<PlanReport.OccupationRef> read = view.prepared().resolutions();
        return new Recommendations(model.info().id(), model.info().version(), items, warnings, read.get(0), read.get(1));
    }

    /** With a budget, say how many items have an unknown cost or an estimate above it (kept, never read as 0). */
    private static void unknownCostWarning(List<Recommendation> items, double limit, RecommendFilters f,
            List<String> warnings) {
        long uncertain = items.stream().filter(r -> CandidateFilter.uncertainForBudget(r.cost(), limit)).count();
        if (uncertain == 0 || f.excludesUnknownCost()) {
            return;
        }
        warnings.add(String.format(java.util.Locale.ROOT, "%s of %d recommendation(s) ha%s an unknown cost, or a price"
                + " estimated above your limit of %,.0f USD (the listing states none; it may be free to audit): check"
                + " before enrolling (kept; set excludeUnknownCost to leave them out)",
                uncertain == items.size() ? "all" : Long.toString(uncertain), items.size(), uncertain == 1 ? "s" : "ve",
                limit));
    }

    /**
     * The learner's gap as weights: the gap toward the target; with no target, or a target equal to
     * the current occupation, the current occupation's skills the learner lacks (upskilling, with a
     * note saying so); with neither, the highest-premium skills the planner found.
     */
    LearnerView view(PathwayService.Prepared p) {
        boolean upskill = p.current() != null && (p.target() == null || p.target().uri().equals(p.current().uri()));
        Map<String, Double> weights = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        if (upskill) {
            GapAnalysis gap = new GapAnalyzer(context.gapOptions(), context.skillDemand())
                    .analyse(context.profiles().profile(p.current()), p.state());
            gap.missing().forEach(g -> weights.merge(g.uri(), g.weight(), Double::sum));
            notes.add((p.target() == null ? "no targetOccupation" : "targetOccupation is the current occupation")
                    + ": recommending upskilling in the skills of " + p.current().preferredLabel()
                    + " you lack, weighted by how much employers ask for them");
        } else {
            for (TargetSkill t : p.targetSkills()) {
                weights.merge(t.uri(), t.weight(), Double::sum);
            }
        }
        return new LearnerView(p, weights, p.state().byUri().keySet(), notes);
    }

    private List<Credential> candidates(String scope, LearnerView view, RecommendFilters f, List<String> warnings,
            SemanticRelevance relevance) {
        List<String> skills = view.gapWeights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        EscoOccupation goal = SemanticGapModel.goal(view, context.market().esco());
        if (skills.isEmpty() && (goal == null || relevance == null) && view.learner().interests().isEmpty()) {
            warnings.add("no skills to gain were found (give a currentOccupation or a targetOccupation): nothing to"
                    + " recommend");
            return List.of();
        }
        List<String> interests = view.learner().interests();
        String text = ((goal == null ? "" : goal.preferredLabel() + " ")
                + interests.stream().limit(INTERESTS).map(t -> t + " ").collect(Collectors.joining())
                + skills.stream().limit(QUERY_LABELS).map(explainer::label).collect(Collectors.joining(" "))).strip();
        List<String> uris = skills.subList(0, Math.min(QUERY_SKILLS, skills.size()));
        SearchFilters searchFilters = filters(view.learner(), f);
        SearchRequest request = new SearchRequest(text, uris, searchFilters, options.candidates(), SearchMode.HYBRID);
        List<Credential> retrieved = new ArrayList<>(catalog.candidates(scope, request));
        if (relevance != null) {
            Set<String> seen = new HashSet<>();
            retrieved.forEach(c -> seen.add(c.id()));
            List<float[]> goals = new ArrayList<>();
            if (goal != null) {
                goals.add(relevance.occupation(goal));
            }
            interests.stream().limit(INTERESTS).map(relevance::phrase).forEach(goals::add);
            for (float[] g : goals) {
                relevance.nearest(g, options.candidates() / SEMANTIC_SHARE, searchFilters::accepts)
                        .stream().map(SemanticRelevance.Scored::credential).filter(c -> seen.add(c.id()))
                        .forEach(retrieved::add);
            }
        }
        CandidateFilter filter = new CandidateFilter(view.learner(), held(view.learner()), f);
        List<Credential> out = filter.apply(retrieved);
        if (out.isEmpty()) {
            warnings.add(emptyAnswer(scope, text, uris, view.learner(), f, retrieved.size(), filter.removed()));
        }
        return out;
    }

    private List<Credential> held(Learner learner) {
        List<Credential> out = new ArrayList<>();
        for (String id : learner.heldCredentials()) {
            int i = context.catalogue().indexOf(id);
            if (i >= 0) {
                out.add(context.catalogue().get(i));
            }
        }
        return out;
    }

    /** Why nothing is left: what the search filters removed (the search re-run without them) and what the learner's constraints removed. */
    private String emptyAnswer(String scope, String text, List<String> uris, Learner learner, RecommendFilters f,
            int retrieved, Map<String, Integer> removed) {
        List<String> parts = new ArrayList<>();
        SearchFilters applied = filters(learner, f);
        if (!applied.equals(SearchFilters.NONE)) {
            List<Credential> unfiltered = catalog.candidates(scope, new SearchRequest(text, uris, SearchFilters.NONE,
                    options.candidates(), SearchMode.HYBRID));
            SearchFilterCounts.count(unfiltered, applied).forEach((what, n) -> parts.add(n + " " + what));
        }
        removed.forEach((why, n) -> parts.add(n + " " + why));
        return "no recommendations: " + retrieved + " candidate(s) for your skills passed the search filters"
                + (parts.isEmpty() ? "" : "; removed: " + String.join(", ", parts));
    }

    /** The request's filters, with the learner's accepted delivery modes when the request names none. */
    static SearchFilters filters(Learner learner, RecommendFilters f) {
        Set<Delivery> deliveries = f.delivery() != null ? Set.of(f.delivery()) : Set.copyOf(learner.delivery());
        // the cost limit is applied after retrieval by CandidateFilter (known, estimated and unknown costs)
        return new SearchFilters(f.type() == null ? Set.of() : Set.of(f.type()), Set.of(), deliveries, f.maxHours(),
                null, null, null);
    }
}
