package org.credpath.engine.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Expected return of a pathway against not taking it, calibrated to published anchors
 * ({@link ReturnAnchors}; docs/returns.md). For given inputs the expected yearly gain once the
 * pathway ends is
 * <pre>
 *   within = W(u) x sum over steps of P(completed) x premium(step)
 *   move   = dP x max(0, T(u) - W(u) - within)     dP = P(move | expected coverage) - P(move | none)
 * </pre>
 * where premium is Brookings' +3.8 % for the first relevant credential (the first relevant step
 * completed, when the learner holds no relevant credential yet), +1.0 % for each further one and
 * 0 .. 1.8 % for an irrelevant one; W and T are the current and target occupations' OEWS wages at the
 * learner's rank u. When source and target share a wage code T = W and only the within-occupation
 * gain counts (never a flat -cost). The yearly gain runs from the end of the pathway to the horizon,
 * discounted; the priced cost is paid (unknown costs are left out and counted). Each draw takes the
 * uncertain inputs from their ranges (premium, completion logit, move slope, rank u) and gives one
 * expected value; the reported median and 80 % interval are those of the estimate. Draws are seeded.
 */
public final class ExpectedReturnModel {

    private final ReturnOptions o;
    private final DrawTable table;

    public ExpectedReturnModel(ReturnOptions options) {
        this.o = options;
        this.table = DrawTable.of(options.seed(), options.draws());
    }

    public ExpectedReturn estimate(ReturnInputs in) {
        double[] gains = gains(in);
        double[] d = values(in, gains);
        double mean = mean(d);
        Arrays.sort(d);
        List<ExpectedReturn.Driver> drivers = drivers(in, gains, mean);
        double w = in.current().p50();
        Double ifMove = in.target() == null ? null : (double) Math.round(Math.max(0, in.target().p50() - w));
        int unknown = (int) in.steps().stream().filter(s -> s.costUsd() == null).count();
        return new ExpectedReturn(round(percentile(d, 0.5)), round(percentile(d, 0.1)), round(percentile(d, 0.9)),
                round(mean), "USD", o.horizonYears(), moveProbability(in), moveProbabilityWithout(in), w,
                round(yearlyGainIfCompleted(in)), ifMove, unknown, drivers);
    }

    /** One expected value per draw of the uncertain inputs, in draw order (unsorted). */
    double[] draws(ReturnInputs in) {
        return values(in, gains(in));
    }

    /** Each draw's yearly gain over the horizon after the pathway, discounted, less the priced cost and study time. */
    private double[] values(ReturnInputs in, double[] gains) {
        double cost = in.steps().stream().filter(s -> s.costUsd() != null).mapToDouble(StepOutcome::costUsd).sum();
        double hours = in.steps().stream().mapToDouble(StepOutcome::hours).sum();
        double years = hours / in.hoursPerWeek() / 52.0;
        double annuity = annuity(Math.min(years, o.horizonYears()), o.horizonYears());
        double fixed = cost + hours * o.studyHourValueUsd();
        double[] out = new double[gains.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = gains[k] * annuity - fixed;
        }
        return out;
    }

    /**
     * {@link #yearlyGain} for every draw of the table, in draw order, with the same arithmetic (so the same
     * values): what depends on the steps alone (their completion log-odds, relevance, intensity) is worked out
     * once rather than per draw. Runs 1,000 times per expected return, several returns per recommendation.
     */
    double[] gains(ReturnInputs in) {
        List<StepOutcome> steps = in.steps();
        int n = steps.size();
        boolean hasTarget = in.target() != null;
        double[] completion = new double[n];
        double[] logit = new double[n];
        double[] intensity = new double[n];
        double[] coverage = new double[n];
        boolean[] relevant = new boolean[n];
        for (int i = 0; i < n; i++) {
            StepOutcome s = steps.get(i);
            double p = s.completion();
            completion[i] = p;
            logit[i] = p <= 0 || p >= 1 ? Double.NaN : Math.log(p / (1 - p));
            relevant[i] = s.relevant(hasTarget);
            intensity[i] = hasTarget ? Math.min(ReturnAnchors.RELEVANCE_CAP,
                    s.coverageGain() / ReturnAnchors.REFERENCE_COVERAGE) : 1;
            coverage[i] = s.coverageGain();
        }
        double firstYet = in.priorRelevantCredentials() > 0 ? 0 : 1;
        double moveWithout = hasTarget ? move(in, 0) : 0;
        DrawTable t = table;
        double[] c = new double[n];
        double[] out = new double[t.size()];
        for (int k = 0; k < out.length; k++) {
            double shift = t.completionShift[k];
            for (int i = 0; i < n; i++) {
                double p = completion[i];
                c[i] = shift == 0 || p <= 0 || p >= 1 ? p : 1 / (1 + Math.exp(-(logit[i] + shift)));
            }
            double now = in.current().quantile(t.rank[k]);
            double noneYet = firstYet;
            double premium = 0;
            for (int i = 0; i < n; i++) {
                if (relevant[i]) {
                    premium += c[i] * intensity[i] * (noneYet * t.firstRelevant[k] + (1 - noneYet) * t.furtherRelevant[k]);
                    noneYet *= 1 - c[i];
                } else {
                    premium += c[i] * t.irrelevant[k];
                }
            }
            double within = now * premium;
            if (!hasTarget) {
                out[k] = within;
                continue;
            }
            double expCover = 0;
            for (int i = 0; i < n; i++) {
                expCover += c[i] * coverage[i];
            }
            double dp = (move(in, expCover) - moveWithout) * t.moveScale[k];
            out[k] = within + dp * Math.max(0, in.target().quantile(t.rank[k]) - now - within);
        }
        return out;
    }

    /** The uncertain inputs of one draw. */
    record Draw(double firstRelevant, double furtherRelevant, double irrelevant, double completionShift,
                double moveScale, double rank) {
        static final Draw CENTRAL = new Draw(ReturnAnchors.FIRST_RELEVANT, ReturnAnchors.FURTHER_RELEVANT,
                (ReturnAnchors.IRRELEVANT_LO + ReturnAnchors.IRRELEVANT_HI) / 2, 0, 1, 0.5);

        static Draw next(SplittableRandom r) {
            return new Draw(uniform(r, ReturnAnchors.FIRST_RELEVANT_LO, ReturnAnchors.FIRST_RELEVANT_HI),
                    uniform(r, ReturnAnchors.FURTHER_RELEVANT_LO, ReturnAnchors.FURTHER_RELEVANT_HI),
                    uniform(r, ReturnAnchors.IRRELEVANT_LO, ReturnAnchors.IRRELEVANT_HI),
                    gaussian(r) * ReturnAnchors.COMPLETION_LOGIT_SD,
                    uniform(r, ReturnAnchors.MOVE_SCALE_LO, ReturnAnchors.MOVE_SCALE_HI),
                    uniform(r, ReturnAnchors.RANK_LO, ReturnAnchors.RANK_HI));
        }

        double completion(double p) {
            if (completionShift == 0 || p <= 0 || p >= 1) {
                return p;
            }
            double z = Math.log(p / (1 - p)) + completionShift;
            return 1 / (1 + Math.exp(-z));
        }
    }

    /** Expected yearly gain once the pathway ends, for one draw of the inputs ({@link #gains} does every draw at once). */
    double yearlyGain(ReturnInputs in, Draw p) {
        double now = in.current().quantile(p.rank());
        double premium = expectedPremium(in, p);
        double within = now * premium;
        if (in.target() == null) {
            return within;
        }
        double expCover = 0;
        for (StepOutcome s : in.steps()) {
            expCover += p.completion(s.completion()) * s.coverageGain();
        }
        double dp = (move(in, expCover) - move(in, 0)) * p.moveScale();
        return within + dp * Math.max(0, in.target().quantile(p.rank()) - now - within);
    }

    /** The expected value at the central inputs (no draws): cheap, for calibration over many learners. */
    public double centralValue(ReturnInputs in) {
        double cost = in.steps().stream().filter(s -> s.costUsd() != null).mapToDouble(StepOutcome::costUsd).sum();
        double hours = in.steps().stream().mapToDouble(StepOutcome::hours).sum();
        double years = hours / in.hoursPerWeek() / 52.0;
        return yearlyGain(in, Draw.CENTRAL) * annuity(Math.min(years, o.horizonYears()), o.horizonYears())
                - cost - hours * o.studyHourValueUsd();
    }

    /** Yearly gain once every step is completed, at the central inputs (median wages). */
    public double yearlyGainIfCompleted(ReturnInputs in) {
        List<StepOutcome> sure = in.steps().stream().map(s -> s.withCompletion(1)).toList();
        return yearlyGain(in.withSteps(sure), Draw.CENTRAL);
    }

    /**
     * Expected wage premium over the steps: the first relevant step completed earns the first-credential
     * premium (when the learner holds no relevant credential), later relevant ones the further premium.
     */
    private static double expectedPremium(ReturnInputs in, Draw p) {
        boolean hasTarget = in.target() != null;
        double noneYet = in.priorRelevantCredentials() > 0 ? 0 : 1; // P(no relevant credential completed so far)
        double sum = 0;
        for (StepOutcome s : in.steps()) {
            double c = p.completion(s.completion());
            if (s.relevant(hasTarget)) {
                double intensity = hasTarget ? Math.min(ReturnAnchors.RELEVANCE_CAP,
                        s.coverageGain() / ReturnAnchors.REFERENCE_COVERAGE) : 1;
                sum += c * intensity * (noneYet * p.firstRelevant() + (1 - noneYet) * p.furtherRelevant());
                noneYet *= 1 - c;
            } else {
                sum += c * p.irrelevant();
            }
        }
        return sum;
    }

    private double move(ReturnInputs in, double gapCovered) {
        double share = Math.min(1, in.baseEssentialShare() + (1 - in.baseEssentialShare()) * in.gapEssentialShare() * Math.min(1, gapCovered));
        return o.moveAtNoCoverage() + (o.moveAtFullCoverage() - o.moveAtNoCoverage()) * share;
    }

    /** Probability of the move with every step completed as expected (reported beside the return). */
    double moveProbability(ReturnInputs in) {
        if (in.target() == null) {
            return 0;
        }
        double expCover = in.steps().stream().mapToDouble(s -> s.completion() * s.coverageGain()).sum();
        return round4(move(in, expCover));
    }

    /** Probability of the move without the pathway (the learner's skills as they are); 0 with no target. */
    double moveProbabilityWithout(ReturnInputs in) {
        return in.target() == null ? 0 : round4(move(in, 0));
    }

    /** Present value of 1 USD a year received from {@code start} to {@code end} years (continuous). */
    double annuity(double start, double end) {
        if (o.discountRate() == 0) {
            return end - start;
        }
        double lr = Math.log(1 + o.discountRate());
        return (Math.exp(-lr * start) - Math.exp(-lr * end)) / lr;
    }

    /** @param gains the draws' yearly gains of {@code in}, which a change of cost alone leaves as they are */
    private List<ExpectedReturn.Driver> drivers(ReturnInputs in, double[] gains, double mean) {
        List<ExpectedReturn.Driver> out = new ArrayList<>();
        out.add(driver("completion", in.withSteps(in.steps().stream().map(s -> s.withCompletion(1)).toList()), mean,
                "if every step were completed"));
        if (in.steps().stream().anyMatch(s -> s.costUsd() != null && s.costUsd() > 0)) {
            ReturnInputs free = in.withSteps(in.steps().stream().map(s -> s.withCost(s.costUsd() == null ? null : 0.0))
                    .toList());
            out.add(new ExpectedReturn.Driver("cost", round(mean(values(free, gains)) - mean),
                    "if the priced steps cost nothing"));
        }
        if (in.target() != null) {
            ReturnInputs full = new ReturnInputs(in.current(), in.target(),
                    in.steps().stream().map(s -> s.withCoverage(1)).toList(), in.baseEssentialShare(), 1,
                    in.hoursPerWeek(), in.priorRelevantCredentials());
            out.add(driver("move", full, mean, "if the pathway's skills made the move as likely as full coverage"));
            out.add(driver("wage gap", in.withTarget(in.current()), mean, "if the target paid the same as now"));
        }
        out.sort(Comparator.comparingDouble((ExpectedReturn.Driver x) -> Math.abs(x.meanShift())).reversed());
        return out;
    }

    private ExpectedReturn.Driver driver(String name, ReturnInputs changed, double mean, String why) {
        return new ExpectedReturn.Driver(name, round(mean(draws(changed)) - mean), why);
    }

    private static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    private static double gaussian(SplittableRandom r) {
        double u = Math.max(1e-12, r.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /**
     * The mean, summed exactly as {@code Arrays.stream(d).sum()} sums (compensated, with the simple sum kept for
     * infinities: the JDK's {@code Collectors.sumWithCompensation} and {@code computeFinalSum}) without a stream:
     * it runs five times per expected return.
     */
    static double mean(double[] d) {
        double high = 0;
        double lowNegated = 0;
        double simple = 0;
        for (double v : d) {
            double tmp = v - lowNegated;
            double velvel = high + tmp;
            lowNegated = (velvel - high) - tmp;
            high = velvel;
            simple += v;
        }
        double sum = high - lowNegated;
        return (Double.isNaN(sum) && Double.isInfinite(simple) ? simple : sum) / d.length;
    }

    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    private static double round(double v) {
        return Math.round(v);
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
