package org.credpath.engine.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.gap.GapAnalysis;
import org.credpath.engine.gap.GapAnalyzer;
import org.credpath.engine.index.SearchFilters;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.index.SearchMode;
import org.credpath.engine.index.SearchRequest;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.BeamPlanner;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.TargetSkill;
import org.credpath.engine.text.SemanticRelevance;

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

    private final PathwayService planner;
    private final CandidateSource catalog;
    private final ModelHolder models;
    private final Explainer explainer;
    private final PreparedLearners learners;
    private final RecommenderOptions options;
    private final PlanningContext context;
    private final SemanticRelevance semantic;

    public GapRecommender(PlanningContext context, CandidateSource catalog, ModelHolder models) {
        this(context, catalog, models, RecommenderOptions.DEFAULTS, null);
    }

    /**
     * @param semantic the sentence-encoder relevance over the shipped catalogue, or null: when given,
     *                 the credentials closest in meaning to the learner's goal occupation join the
     *                 retrieved candidates
     */
    public GapRecommender(PlanningContext context, CandidateSource catalog, ModelHolder models,
            RecommenderOptions options, SemanticRelevance semantic) {
        this.options = Objects.requireNonNull(options, "options");
        this.context = context;
        this.semantic = semantic;
        this.planner = new PathwayService(Objects.requireNonNull(context, "context"), new BeamPlanner());
        this.learners = new PreparedLearners(l -> view(planner.prepare(l), context));
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
        if (view.upskilling()) {
            warnings.add("no targetOccupation: recommending upskilling for your current occupation, "
                    + view.prepared().current().preferredLabel() + " (the skills it asks for that you lack)");
        } else if (view.prepared().target() != null && view.prepared().current() != null
                && view.prepared().target().uri().equals(view.prepared().current().uri())) {
            warnings.add("targetOccupation is your current occupation: recommending upskilling for it"
                    + " (the skills it asks for that you lack)");
        }
        List<Credential> candidates = candidates(request.scope(), view, request.filters(), warnings);
        double[] scores = candidates.isEmpty() ? new double[0] : model.score(view, candidates);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i));
        List<Recommendation> items = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (int i : order) {
            if (items.size() == k) {
                break;
            }
            Credential c = candidates.get(i);
            if (!shown.add(CandidateFilter.editionKey(c)) | !shown.add(CandidateFilter.idStem(c.id()))) {
                continue; // another edition of a credential already in the list
            }
            items.add(explainer.explain(view, c, scores[i], items.size() < Explainer.PRICED_ITEMS));
        }
        return new Recommendations(model.info().id(), model.info().version(), items, warnings);
    }

    /**
     * The learner's gap as weights: the gap toward the target; with no target, the gap toward the
     * current occupation (the optional and in-demand skills it asks for that the learner lacks:
     * upskilling), or, when that is empty or the current occupation is unknown, the premium skills.
     */
    static LearnerView view(PathwayService.Prepared p, PlanningContext context) {
        if (p.target() == null && p.current() != null) {
            GapAnalysis upskill = new GapAnalyzer(context.gapOptions(), context.skillDemand())
                    .analyse(context.profiles().profile(p.current()), p.state());
            Map<String, Double> weights = new LinkedHashMap<>();
            upskill.missing().forEach(g -> weights.merge(g.uri(), g.weight(), Double::sum));
            if (!weights.isEmpty()) {
                return new LearnerView(p, weights, p.state().byUri().keySet(), true);
            }
        }
        return view(p);
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
        EscoOccupation goal = SemanticGapModel.goal(view, context.market().esco());
        if (skills.isEmpty() && (goal == null || semantic == null)) {
            warnings.add("no skills to gain were found (give a targetOccupation): nothing to recommend");
            return List.of();
        }
        String text = (goal == null ? "" : goal.preferredLabel() + " ")
                + skills.stream().limit(QUERY_LABELS).map(explainer::label).collect(Collectors.joining(" "));
        SearchFilters searchFilters = filters(view.learner(), f);
        SearchRequest request = new SearchRequest(text.strip(), skills.subList(0, Math.min(QUERY_SKILLS, skills.size())),
                searchFilters, options.candidates(), SearchMode.HYBRID);
        Map<String, Credential> pool = new LinkedHashMap<>();
        catalog.candidates(scope, request).forEach(c -> pool.putIfAbsent(c.id(), c));
        if (semantic != null && goal != null) {
            semantic.nearest(semantic.occupation(goal), options.candidates() / SEMANTIC_SHARE, searchFilters::accepts)
                    .forEach(s -> pool.putIfAbsent(s.credential().id(), s.credential()));
        }
        List<Credential> held = view.learner().heldCredentials().stream().map(this::shipped).filter(Objects::nonNull)
                .toList();
        double hoursPerWeek = view.learner().hoursPerWeek() != null ? view.learner().hoursPerWeek()
                : PathwayService.DEFAULT_HOURS_PER_WEEK;
        CandidateFilter.Outcome outcome = CandidateFilter.apply(view.learner(), held, List.copyOf(pool.values()),
                hoursPerWeek);
        if (outcome.summary() != null) {
            warnings.add(outcome.summary());
        }
        if (view.learner().budgetUsd() != null && outcome.unknownCost() > 0) {
            warnings.add(outcome.unknownCost() + " candidates have no known cost: they are kept, and shown with cost"
                    + " unknown, not as free");
        }
        return outcome.kept();
    }

    private Credential shipped(String id) {
        int i = context.catalogue().indexOf(id);
        return i < 0 ? null : context.catalogue().get(i);
    }

    /** The request's filters, with the learner's accepted delivery modes when the request names none. */
    static SearchFilters filters(Learner learner, RecommendFilters f) {
        Set<Delivery> deliveries = f.delivery() != null ? Set.of(f.delivery()) : Set.copyOf(learner.delivery());
        return new SearchFilters(f.type() == null ? Set.of() : Set.of(f.type()), Set.of(), deliveries, f.maxHours(),
                f.maxCostUsd(), null, null);
    }
}
