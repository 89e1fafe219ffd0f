package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.returns.ExpectedReturn;
import org.credpath.engine.returns.ExpectedReturnModel;
import org.credpath.engine.returns.ReturnInputs;
import org.credpath.engine.returns.StepOutcome;
import org.credpath.engine.returns.WageDistribution;

/**
 * The expected return measured against the published anchors (docs/returns.md): for sample learners
 * (real occupations, real catalogue), every catalogue credential as a one-step pathway and the planned
 * highest-coverage pathway. Figures are computed at the model's central inputs.
 */
public final class ReturnCalibration {

    /** Notable gain (BGI's "notable pay gain"): above 5 % of the current wage a year. */
    public static final double NOTABLE_SHARE = 0.05;
    /** "Short" for the Brookings/Xu and Trimble comparison: 40 hours or less. */
    public static final double SHORT_HOURS = 40;

    /**
     * @param medianShortRelevantGainShare median yearly gain if completed / wage, relevant credentials of <= 40 h
     * @param medianShortRelevantValueShare median 5-year expected value (completion-weighted, after cost) / wage, same
     * @param medianShortRelevantQuarterUsd median quarterly gain if completed (USD), same credentials
     * @param notableShare                 share of catalogue credentials with a gain if completed above 5 % of wage
     *                                     (mean over learners)
     * @param medianOnlineCompletion       median completion probability of online credentials over the pairs
     * @param relevantShare                share of catalogue credentials teaching part of the target's gap (mean
     *                                     over learners)
     * @param meanRelevantCoverage         mean gap share a relevant credential covers
     * @param notableRelevantShare         share of relevant credentials with a gain if completed above 5 % of wage
     * @param p90RelevantCoverage          90th percentile of the gap share a relevant credential covers
     * @param positiveWageGapShare         share of learners whose target's median wage exceeds their current one
     * @param medianPathwayGainShare       median yearly gain if completed / wage of the highest-coverage pathways
     * @param medianPathwayAnchorShare     median Brookings stacked premium of the same pathways
     *                                     (3.8 % + 1.0 % per further relevant step)
     */
    public record Report(int learners, int pairs, int shortRelevantPairs, double medianShortRelevantGainShare,
                         double medianShortRelevantValueShare, double medianShortRelevantQuarterUsd,
                         double notableShare, double medianOnlineCompletion, double relevantShare,
                         double meanRelevantCoverage, double notableRelevantShare, double p90RelevantCoverage, double positiveWageGapShare, int pathways,
                         double medianPathwayGainShare, double medianPathwayAnchorShare, double medianPathwaySteps,
                         Distributions distributions) {
    }

    /** Width of a completion-probability bin in {@link Distributions#onlineCompletionCounts()}. */
    public static final double COMPLETION_BIN = 0.02;

    /**
     * The values behind the medians and shares of {@link Report}, for plotting (notebooks/returns.ipynb).
     *
     * @param shortRelevantGainShares      yearly gain if completed / wage, each relevant credential of <= 40 h
     * @param shortRelevantQuarterUsd      quarterly gain if completed (USD), the same pairs in the same order
     * @param learnerNotableRelevantShares per learner with a relevant credential: share of those with a gain above 5 %
     * @param pathwayGainShares            yearly gain if completed / wage, each highest-coverage pathway
     * @param pathwayAnchorShares          Brookings stacked premium of the same pathway, same order
     * @param onlineCompletionCounts       (learner, online credential) pairs per completion-probability bin of
     *                                     width {@link #COMPLETION_BIN} (bin k holds [k x width, (k+1) x width))
     */
    public record Distributions(List<Double> shortRelevantGainShares, List<Double> shortRelevantQuarterUsd,
                                List<Double> learnerNotableRelevantShares, List<Double> pathwayGainShares,
                                List<Double> pathwayAnchorShares, List<Integer> onlineCompletionCounts) {
    }

    private ReturnCalibration() {
    }

    public static Report run(PlanningContext ctx, List<Learner> learners, Consumer<String> progress) {
        PathwayService service = new PathwayService(ctx, new BeamPlanner());
        ExpectedReturnModel model = new ExpectedReturnModel(ctx.returnOptions());
        List<Double> gain = new ArrayList<>();
        List<Double> value = new ArrayList<>();
        List<Double> quarter = new ArrayList<>();
        List<Double> notable = new ArrayList<>();
        List<Double> pathGain = new ArrayList<>();
        List<Double> pathAnchor = new ArrayList<>();
        List<Double> pathSteps = new ArrayList<>();
        List<Double> onlineCompletion = new ArrayList<>();
        List<Double> relevantShare = new ArrayList<>();
        List<Double> relevantCoverage = new ArrayList<>();
        List<Double> learnerNotableRelevant = new ArrayList<>();
        int[] completionBins = new int[(int) Math.round(1 / COMPLETION_BIN)];
        int positiveGap = 0;
        int notableRelevant = 0;
        int pairs = 0;
        int used = 0;
        for (Learner l : learners) {
            PathwayService.Prepared p = service.prepare(l);
            WageDistribution now = p.current() == null ? null : ctx.profiles().wages(p.current().uri()).orElse(null);
            if (now == null || p.target() == null || p.target().wages() == null || p.targetSkills().isEmpty()) {
                continue;
            }
            used++;
            Map<String, Double> weights = new HashMap<>();
            p.targetSkills().forEach(t -> weights.merge(t.uri(), t.weight(), Double::sum));
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            double hpw = p.request().constraints().hoursPerWeek();
            int held = l.heldCredentials().size();
            int relevantHeld = p.relevantHeld(ctx.catalogue());
            double base = p.gap() == null ? 0 : p.gap().essentialCoveredShare();
            int notableHere = 0;
            int relevantHere = 0;
            int notableRelevantHere = 0;
            positiveGap += p.target().wages().p50() > now.p50() ? 1 : 0;
            for (int i = 0; i < ctx.catalogue().size(); i++) {
                Credential c = ctx.catalogue().get(i);
                double coverage = coverage(c, weights, total);
                double completion = ctx.completion().probability(c, hpw, held);
                if (c.delivery() == org.credpath.engine.catalog.Delivery.ONLINE) {
                    onlineCompletion.add(completion);
                    completionBins[Math.min(completionBins.length - 1, (int) (completion / COMPLETION_BIN))]++;
                }
                ReturnInputs in = new ReturnInputs(now, p.target().wages(), List.of(new StepOutcome(c.id(), completion,
                        coverage, c.cost().amount(), c.hours() == null ? 0 : c.hours(), 0)), base, 1, hpw, relevantHeld);
                double g = model.yearlyGainIfCompleted(in);
                pairs++;
                notableHere += g / now.p50() > NOTABLE_SHARE ? 1 : 0;
                if (coverage > 0) {
                    relevantHere++;
                    relevantCoverage.add(coverage);
                    notableRelevantHere += g / now.p50() > NOTABLE_SHARE ? 1 : 0;
                }
                if (coverage > 0 && c.hours() != null && c.hours() <= SHORT_HOURS) {
                    gain.add(g / now.p50());
                    value.add(model.centralValue(in) / now.p50());
                    quarter.add(g / 4);
                }
            }
            notable.add((double) notableHere / ctx.catalogue().size());
            relevantShare.add((double) relevantHere / ctx.catalogue().size());
            notableRelevant += notableRelevantHere;
            if (relevantHere > 0) {
                learnerNotableRelevant.add((double) notableRelevantHere / relevantHere);
            }
            pathway(service, l, now, relevantHeld).ifPresent(r -> {
                pathGain.add(r[0]);
                pathAnchor.add(r[1]);
                pathSteps.add(r[2]);
            });
            if (used % 20 == 0) {
                progress.accept("returns calibration: " + used + " learners");
            }
        }
        return new Report(used, pairs, gain.size(), median(gain), median(value), median(quarter), mean(notable),
                median(onlineCompletion), mean(relevantShare), mean(relevantCoverage),
                relevantCoverage.isEmpty() ? Double.NaN : (double) notableRelevant / relevantCoverage.size(),
                quantile(relevantCoverage, 0.9),
                used == 0 ? Double.NaN : (double) positiveGap / used, pathGain.size(), median(pathGain),
                median(pathAnchor), median(pathSteps), new Distributions(List.copyOf(gain), List.copyOf(quarter),
                        List.copyOf(learnerNotableRelevant), List.copyOf(pathGain), List.copyOf(pathAnchor),
                        Arrays.stream(completionBins).boxed().toList()));
    }

    /** {gain share, Brookings stacked anchor share, steps} of the learner's highest-coverage pathway. */
    private static java.util.Optional<double[]> pathway(PathwayService service, Learner l, WageDistribution now,
            int relevantHeld) {
        PlanReport r = service.plan(l);
        if (r.pathways().isEmpty() || r.pathways().getFirst().expectedReturn() == null) {
            return java.util.Optional.empty();
        }
        PlanReport.PathwayReport pw = r.pathways().getFirst();
        ExpectedReturn er = pw.expectedReturn();
        long relevant = pw.steps().stream().filter(s -> !s.coversSkillUris().isEmpty()).count();
        double anchor = relevant == 0 ? 0 : relevantHeld == 0
                ? org.credpath.engine.returns.ReturnAnchors.FIRST_RELEVANT
                        + (relevant - 1) * org.credpath.engine.returns.ReturnAnchors.FURTHER_RELEVANT
                : relevant * org.credpath.engine.returns.ReturnAnchors.FURTHER_RELEVANT;
        return java.util.Optional.of(new double[] {er.yearlyGainIfCompletedUsd() / now.p50(), anchor, pw.steps().size()});
    }

    static double coverage(Credential c, Map<String, Double> weights, double total) {
        if (total <= 0) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (String s : c.skills()) {
            if (seen.add(s)) {
                sum += weights.getOrDefault(s, 0.0);
            }
        }
        return Math.min(1, sum / total);
    }

    static double median(List<Double> v) {
        return quantile(v, 0.5);
    }

    static double quantile(List<Double> v, double q) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        double pos = q * (a.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(a.length - 1, i + 1);
        return a[i] + (pos - i) * (a[j] - a[i]);
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
