package org.credpath.engine.plan;

import java.util.List;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.returns.ExpectedReturn;
import org.credpath.engine.returns.ExpectedReturnModel;
import org.credpath.engine.returns.ReturnInputs;
import org.credpath.engine.returns.ReturnOptions;
import org.credpath.engine.returns.StepOutcome;
import org.credpath.engine.returns.WageDistribution;

/**
 * The one pricing of credentials as study steps, shared by the planner's report and the
 * recommender's explanations: the chance of completing a step, its outcome (coverage, cost, hours,
 * skill premium with no target) and the expected return of a sequence of steps toward the learner's
 * target (or, with none, through the skill premium).
 */
public final class StepPricing {

    private final PlanningContext ctx;
    private final ExpectedReturnModel returns;

    /** Prices with the context's return options. */
    public StepPricing(PlanningContext ctx) {
        this(ctx, ctx.returnOptions().draws());
    }

    /** @param draws Monte Carlo draws per expected return (the context's other return options are kept) */
    public StepPricing(PlanningContext ctx, int draws) {
        this.ctx = ctx;
        ReturnOptions o = ctx.returnOptions();
        this.returns = new ExpectedReturnModel(new ReturnOptions(o.discountRate(), o.horizonYears(), draws, o.seed(),
                o.moveAtNoCoverage(), o.moveAtFullCoverage(), o.studyHourValueUsd(), o.premiumRealisation()));
    }

    /** The chance the learner completes {@code c} at their hours per week, given how many credentials they hold. */
    public double completion(PathwayService.Prepared p, Credential c) {
        return ctx.completion().probability(c, p.request().constraints().hoursPerWeek(), p.learner().heldCredentials().size());
    }

    /**
     * One step's outcome.
     *
     * @param hours        the study hours counted for it
     * @param coverage     share of the gap's weight it teaches (0..1)
     * @param taughtSkills the gap skills it teaches (their wage premium counts when there is no target)
     */
    public StepOutcome outcome(PathwayService.Prepared p, Credential c, double completion, double hours, double coverage,
                               List<String> taughtSkills) {
        double premium = p.target() != null ? 0 : ctx.skillPremium()
                .map(m -> taughtSkills.stream().mapToDouble(m::premium).sum()).orElse(0.0);
        return new StepOutcome(c.id(), completion, coverage, c.cost().amount(), hours, premium);
    }

    /** The wages of the learner's current occupation, when known. */
    public Optional<WageDistribution> currentWages(PathwayService.Prepared p) {
        return p.current() == null ? Optional.empty() : ctx.profiles().wages(p.current().uri());
    }

    /**
     * The expected return of studying {@code steps} in order, or empty when it cannot be priced: no current
     * occupation, or no wages for it or for the target.
     */
    public Optional<ExpectedReturn> expectedReturn(PathwayService.Prepared p, List<StepOutcome> steps) {
        Optional<WageDistribution> now = currentWages(p);
        WageDistribution then = p.target() == null ? null : p.target().wages();
        if (now.isEmpty() || p.target() != null && then == null) {
            return Optional.empty();
        }
        double base = p.gap() == null ? 0 : p.gap().essentialCoveredShare();
        return Optional.of(returns.estimate(new ReturnInputs(now.get(), then, steps, base, 1,
                p.request().constraints().hoursPerWeek(), p.relevantHeld(ctx.catalogue()))));
    }
}
