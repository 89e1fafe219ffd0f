package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.returns.ExpectedReturnModel;
import org.credpath.engine.returns.ReturnInputs;
import org.credpath.engine.returns.StepOutcome;
import org.credpath.engine.returns.WageDistribution;

/**
 * The Burning Glass Institute's view of credential value, on simulated learners: BGI judges a credential by the
 * pay of the people who <em>earned</em> it. Here the earners are simulated learners (the simulator, seeded) and
 * the credentials they completed under its choice model; each earner's gain is the return model's yearly gain if
 * completed, as a share of their current occupation's median wage, priced from the learner's profile at the start
 * of the simulation (one-step pathway, as in {@link ReturnCalibration}). Per credential with at least
 * {@code minEarners} earners: the median over its earners; reported: the share of those credentials whose median
 * is above {@link ReturnCalibration#NOTABLE_SHARE} of the wage. Simulated data, not an observation.
 */
public final class EarnerReturns {

    /**
     * @param earners                   simulated learners with at least one completion
     * @param pricedEarners             of those, learners whose current and target wages are known (the others
     *                                  cannot be priced and are left out)
     * @param completions               (learner, credential) completions priced
     * @param credentialsEarned         distinct credentials completed by a priced earner
     * @param minEarners                a credential counts with at least this many priced earners
     * @param credentials               credentials with at least {@code minEarners} earners
     * @param notable                   of those, credentials whose earners' median gain is above 5 % of wage
     * @param notableShare              notable / credentials (NaN when none qualifies)
     * @param credentialMedianGainShares per counted credential, its earners' median gain share (for plots)
     */
    public record Report(String simulation, int earners, int pricedEarners, int completions, int credentialsEarned,
                         int minEarners, int credentials, int notable, double notableShare,
                         List<Double> credentialMedianGainShares) {
    }

    private EarnerReturns() {
    }

    /**
     * @param learners   the simulated learners (occupations and skills as ESCO URIs)
     * @param earned     learner id -> credential ids they completed, in order
     * @param simulation one line saying how the learners and their choices were simulated
     */
    public static Report run(PlanningContext ctx, List<Learner> learners, Map<String, List<String>> earned,
            int minEarners, String simulation, Consumer<String> progress) {
        if (minEarners < 1) {
            throw new IllegalArgumentException("minEarners: must be >= 1, got " + minEarners);
        }
        PathwayService service = new PathwayService(ctx, new BeamPlanner());
        ExpectedReturnModel model = new ExpectedReturnModel(ctx.returnOptions());
        Map<String, List<Double>> byCredential = new LinkedHashMap<>();
        int earners = 0;
        int priced = 0;
        int completions = 0;
        for (Learner l : learners) {
            List<String> ids = earned.getOrDefault(l.id(), List.of());
            if (ids.isEmpty()) {
                continue;
            }
            earners++;
            List<double[]> gains = gains(ctx, service, model, l, ids);
            if (gains == null) {
                continue;
            }
            priced++;
            for (int k = 0; k < ids.size(); k++) {
                if (gains.get(k) != null) {
                    byCredential.computeIfAbsent(ids.get(k), x -> new ArrayList<>()).add(gains.get(k)[0]);
                    completions++;
                }
            }
            if (earners % 500 == 0) {
                progress.accept("returns by earners: " + earners + " earners priced");
            }
        }
        List<Double> medians = byCredential.values().stream().filter(v -> v.size() >= minEarners)
                .map(ReturnCalibration::median).toList();
        int notable = (int) medians.stream().filter(m -> m > ReturnCalibration.NOTABLE_SHARE).count();
        return new Report(simulation, earners, priced, completions, byCredential.size(), minEarners, medians.size(),
                notable, medians.isEmpty() ? Double.NaN : (double) notable / medians.size(), medians);
    }

    /** Per earned credential {gain share}, or null for one not in the catalogue; null when the learner cannot be priced. */
    private static List<double[]> gains(PlanningContext ctx, PathwayService service, ExpectedReturnModel model,
            Learner l, List<String> ids) {
        PathwayService.Prepared p = service.prepare(l);
        WageDistribution now = p.current() == null ? null : ctx.profiles().wages(p.current().uri()).orElse(null);
        if (now == null || p.target() == null || p.target().wages() == null) {
            return null;
        }
        Map<String, Double> weights = new HashMap<>();
        p.targetSkills().forEach(t -> weights.merge(t.uri(), t.weight(), Double::sum));
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double hpw = p.request().constraints().hoursPerWeek();
        int relevantHeld = p.relevantHeld(ctx.catalogue());
        double base = p.gap() == null ? 0 : p.gap().essentialCoveredShare();
        List<double[]> out = new ArrayList<>();
        for (String id : ids) {
            int i = ctx.catalogue().indexOf(id);
            if (i < 0) {
                out.add(null);
                continue;
            }
            Credential c = ctx.catalogue().get(i);
            double completion = ctx.completion().probability(c, hpw, l.heldCredentials().size());
            ReturnInputs in = new ReturnInputs(now, p.target().wages(), List.of(new StepOutcome(c.id(), completion,
                    ReturnCalibration.coverage(c, weights, total), c.cost().amount(),
                    c.hours() == null ? 0 : c.hours(), 0)), base, 1, hpw, relevantHeld);
            out.add(new double[] {model.yearlyGainIfCompleted(in) / now.p50()});
        }
        return out;
    }
}
