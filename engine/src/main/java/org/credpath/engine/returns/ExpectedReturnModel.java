package org.credpath.engine.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Monte Carlo expected return of a pathway against not taking it. Per draw: each step completes with
 * its probability; the covered share of the target's essential skills after the completed steps
 * sets the probability of moving (linear between {@code moveAtNoCoverage} and
 * {@code moveAtFullCoverage}); one uniform decides the move both with the pathway and without it
 * (the learner's skills as they are), so the pathway is credited only with the moves it adds; the
 * learner sits at one wage quantile u in both occupations (rank kept); the yearly gain (target -
 * current wage, for a move the pathway added) starts when the pathway ends and is discounted to
 * today over the horizon; the cost of every step is paid. With no target, the gain is the current
 * wage times the premium of the skills of completed steps, scaled by {@code premiumRealisation}.
 * Draws are seeded.
 */
public final class ExpectedReturnModel {

    private final ReturnOptions o;

    public ExpectedReturnModel(ReturnOptions options) {
        this.o = options;
    }

    public ExpectedReturn estimate(ReturnInputs in) {
        double[] d = draws(in);
        double mean = mean(d);
        Arrays.sort(d);
        List<ExpectedReturn.Driver> drivers = drivers(in, mean);
        return new ExpectedReturn(round(percentile(d, 0.5)), round(percentile(d, 0.1)), round(percentile(d, 0.9)),
                round(mean), "USD", o.horizonYears(), moveProbability(in), moveProbabilityWithout(in), drivers);
    }

    /** The draws' outcomes in US dollars, in draw order (unsorted). */
    double[] draws(ReturnInputs in) {
        SplittableRandom rnd = new SplittableRandom(o.seed());
        double cost = in.steps().stream().mapToDouble(StepOutcome::costUsd).sum();
        double hours = in.steps().stream().mapToDouble(StepOutcome::hours).sum();
        double years = hours / in.hoursPerWeek() / 52.0;
        double annuity = annuity(Math.min(years, o.horizonYears()), o.horizonYears());
        double fixed = cost + hours * o.studyHourValueUsd();
        double moveWithout = in.target() == null ? 0 : move(in, 0);
        double[] out = new double[o.draws()];
        for (int k = 0; k < out.length; k++) {
            double cover = 0;
            double premium = 0;
            for (StepOutcome s : in.steps()) {
                if (rnd.nextDouble() < s.completion()) {
                    cover += s.coverageGain();
                    premium += s.skillPremium();
                }
            }
            double u = 0.02 + 0.96 * rnd.nextDouble();
            double now = in.current().quantile(u);
            double gain;
            if (in.target() != null) {
                double m = rnd.nextDouble();
                boolean addedByPathway = m < move(in, cover) && m >= moveWithout;
                gain = addedByPathway ? in.target().quantile(u) - now : 0;
            } else {
                gain = now * (Math.exp(premium * o.premiumRealisation()) - 1);
            }
            out[k] = gain * annuity - fixed;
        }
        return out;
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

    private List<ExpectedReturn.Driver> drivers(ReturnInputs in, double mean) {
        List<ExpectedReturn.Driver> out = new ArrayList<>();
        List<StepOutcome> sure = in.steps().stream().map(s -> new StepOutcome(s.credentialId(), 1, s.coverageGain(),
                s.costUsd(), s.hours(), s.skillPremium())).toList();
        out.add(driver("completion", in.withSteps(sure), mean, "if every step were completed"));
        List<StepOutcome> free = in.steps().stream().map(s -> new StepOutcome(s.credentialId(), s.completion(),
                s.coverageGain(), 0, s.hours(), s.skillPremium())).toList();
        out.add(driver("cost", in.withSteps(free), mean, "if the steps cost nothing"));
        if (in.target() != null) {
            List<StepOutcome> covering = in.steps().stream().map(s -> new StepOutcome(s.credentialId(), s.completion(),
                    1, s.costUsd(), s.hours(), s.skillPremium())).toList();
            ReturnInputs full = new ReturnInputs(in.current(), in.target(), covering, in.baseEssentialShare(), 1,
                    in.hoursPerWeek());
            out.add(driver("move", full, mean, "if the pathway's skills made the move as likely as full coverage"));
            out.add(driver("wage gap", in.withTarget(in.current()), mean, "if the target paid the same as now"));
        }
        out.sort(Comparator.comparingDouble((ExpectedReturn.Driver x) -> Math.abs(x.meanShift())).reversed());
        return out;
    }

    private ExpectedReturn.Driver driver(String name, ReturnInputs changed, double mean, String why) {
        return new ExpectedReturn.Driver(name, round(mean(draws(changed)) - mean), why);
    }

    static double mean(double[] d) {
        return Arrays.stream(d).sum() / d.length;
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
