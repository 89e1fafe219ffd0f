package org.credpath.engine.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.returns.ExpectedReturnModel;
import org.credpath.engine.returns.ReturnInputs;
import org.credpath.engine.returns.ReturnOptions;
import org.credpath.engine.returns.StepOutcome;
import org.credpath.engine.returns.WageDistribution;

/**
 * Why a credential is recommended, in the learner's words: the missing skills it teaches and
 * their share of the gap, the chance of completing it, its cost and time; and, for the first
 * {@value #PRICED_ITEMS} items, its expected return as a one-step pathway (the pathway planner's
 * return model: wage percentiles, completion, probability of the move, cost, discounting).
 */
final class Explainer {

    static final int PRICED_ITEMS = 20;
    private static final int NAMED_SKILLS = 3;

    private final PlanningContext ctx;
    private final ExpectedReturnModel returns;

    /** @param draws Monte Carlo draws per expected return (the planner's other return options are kept) */
    Explainer(PlanningContext ctx, int draws) {
        this.ctx = ctx;
        ReturnOptions o = ctx.returnOptions();
        this.returns = new ExpectedReturnModel(new ReturnOptions(o.discountRate(), o.horizonYears(), draws, o.seed(),
                o.moveAtNoCoverage(), o.moveAtFullCoverage(), o.studyHourValueUsd(), o.premiumRealisation()));
    }

    Recommendation explain(LearnerView view, Credential c, double score, boolean priced) {
        List<String> taught = c.skills().stream().distinct().filter(view.gapWeights()::containsKey).toList();
        double coverage = view.gapCoverage(taught);
        double hpw = hoursPerWeek(view);
        double completion = ctx.completion().probability(c, hpw, view.learner().heldCredentials().size());
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
        ReturnSummary er = priced ? expectedReturn(view, c, completion, coverage, taught, hpw).orElse(null) : null;
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
            List<String> taught, double hpw) {
        PathwayService.Prepared p = view.prepared();
        if (p.current() == null) {
            return Optional.empty();
        }
        Optional<WageDistribution> now = ctx.profiles().wages(p.current().uri());
        WageDistribution then = p.target() == null ? null : p.target().wages();
        if (now.isEmpty() || p.target() != null && then == null) {
            return Optional.empty();
        }
        double premium = p.target() != null ? 0 : ctx.skillPremium()
                .map(m -> taught.stream().mapToDouble(m::premium).sum()).orElse(0.0);
        StepOutcome step = new StepOutcome(c.id(), completion, coverage, c.cost().amount(), nonNull(c.hours()), premium);
        double base = p.gap() == null ? 0 : p.gap().essentialCoveredShare();
        var er = returns.estimate(new ReturnInputs(now.get(), then, List.of(step), base, 1, hpw,
                p.relevantHeld(ctx.catalogue())));
        return Optional.of(ReturnSummary.of(er, then != null));
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
