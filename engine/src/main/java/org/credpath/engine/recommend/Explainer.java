package org.credpath.engine.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.StepPricing;
import org.credpath.engine.returns.StepOutcome;

/**
 * Why a credential is recommended, in the learner's words: the missing skills it teaches and
 * their share of the gap, the chance of completing it, its cost and time; and, for the first
 * {@value #PRICED_ITEMS} items, its expected return as a one-step pathway, priced by the planner's
 * {@link StepPricing} (wage percentiles, completion, probability of the move, cost, discounting).
 */
final class Explainer {

    static final int PRICED_ITEMS = 20;
    private static final int NAMED_SKILLS = 3;

    private final PlanningContext ctx;
    private final StepPricing pricing;

    /** @param draws Monte Carlo draws per expected return (the planner's other return options are kept) */
    Explainer(PlanningContext ctx, int draws) {
        this.ctx = ctx;
        this.pricing = new StepPricing(ctx, draws);
    }

    Recommendation explain(LearnerView view, Credential c, double score, boolean priced) {
        List<String> taught = c.skills().stream().distinct().filter(view.gapWeights()::containsKey).toList();
        double coverage = view.gapCoverage(taught);
        double hpw = hoursPerWeek(view);
        double completion = pricing.completion(view.prepared(), c);
        List<String> why = new ArrayList<>();
        if (taught.isEmpty()) {
            why.add("related to your missing skills by text or embedding similarity; teaches none of them by name");
        } else {
            List<String> names = taught.stream().limit(NAMED_SKILLS).map(this::label).toList();
            why.add(String.format(Locale.ROOT, "teaches %d of your missing skills (%s%s): %.0f%% of the gap%s",
                    taught.size(), String.join(", ", names), taught.size() > NAMED_SKILLS ? ", ..." : "",
                    100 * coverage, target(view)));
        }
        why.add(String.format(Locale.ROOT, "completion chance %.0f%% at %.0f hours a week", 100 * completion, hpw));
        Cost cost = c.cost();
        why.add((c.hours() == null ? "length unknown" : String.format(Locale.ROOT, "%.0f hours", c.hours())) + ", "
                + cost.describe() + (cost.state() == Cost.State.KNOWN ? "" : " (" + cost.basis() + ")"));
        ReturnSummary er = priced ? expectedReturn(view, c, completion, coverage, taught).orElse(null) : null;
        if (er != null) {
            why.add(er.summary());
        }
        if (er != null && (!cost.isKnownOrEstimated() || c.hours() == null)) {
            why.add("expected return leaves out the " + (!cost.isKnownOrEstimated() && c.hours() == null
                    ? "cost and study time" : !cost.isKnownOrEstimated() ? "cost" : "study time")
                    + ", unknown here (not taken as 0)");
        }
        if (budgetUnknown(view, cost)) {
            why.add("warning: cost unknown, so it may exceed your budget of "
                    + String.format(Locale.ROOT, "%,.0f USD", view.learner().budgetUsd()));
        }
        return new Recommendation(c.id(), c.title(), score, cost, er, why);
    }

    String label(String skillUri) {
        return ctx.market().skill(skillUri).map(s -> s.preferredLabel()).orElse(skillUri);
    }

    private static String target(LearnerView view) {
        PathwayService.Prepared p = view.prepared();
        return p.target() == null ? " (skills valued by their wage premium)" : " toward " + p.target().title();
    }

    private Optional<ReturnSummary> expectedReturn(LearnerView view, Credential c, double completion, double coverage,
            List<String> taught) {
        PathwayService.Prepared p = view.prepared();
        StepOutcome step = pricing.outcome(p, c, completion, nonNull(c.hours()), coverage, taught);
        return pricing.expectedReturn(p, List.of(step)).map(er -> ReturnSummary.of(er, p.target() != null));
    }

    private static boolean budgetUnknown(LearnerView view, Cost cost) {
        return view.learner().budgetUsd() != null && !cost.isKnownOrEstimated();
    }

    private static double hoursPerWeek(LearnerView view) {
        Double h = view.learner().hoursPerWeek();
        return h != null ? h : PathwayService.DEFAULT_HOURS_PER_WEEK;
    }

    private static double nonNull(Double d) {
        return d == null ? 0 : d;
    }
}
