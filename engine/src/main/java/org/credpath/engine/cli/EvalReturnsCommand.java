package org.credpath.engine.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.PlanningContexts;
import org.credpath.engine.plan.ReturnCalibration;
import org.credpath.engine.plan.SampleLearners;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credpath eval returns}: the expected return against the published anchors (Brookings, BGI CVI,
 * Xu and Trimble, MOOC completion) for seeded sample learners on the real catalogue and labour data.
 */
@Command(name = "returns", mixinStandardHelpOptions = true,
        description = "Expected return vs the published anchors for sample learners (real occupations, real catalogue).")
public final class EvalReturnsCommand implements Callable<Integer> {

    @Option(names = "--learners", defaultValue = "200", description = "Sample learners (default ${DEFAULT-VALUE}).")
    int learners;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the sample (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (learners < 1 || learners > 5000) {
            throw new IllegalArgumentException("--learners must be 1..5000, got " + learners);
        }
        PrintStream err = System.err;
        PlanningContext ctx = PlanningContexts.load(CredpathHome.locate(), null, err);
        List<Learner> sample = SampleLearners.sample(ctx.market(), ctx.catalogue(), learners, seed);
        ReturnCalibration.Report r = ReturnCalibration.run(ctx, sample, err::println);
        System.out.println(render(r));
        return 0;
    }

    static String render(ReturnCalibration.Report r) {
        return String.format(Locale.ROOT, """
                learners priced %d, (learner, credential) pairs %d, relevant credentials of <= 40 h: %d pairs
                | figure | measured | anchor |
                |---|---:|---|
                | median yearly gain if completed, relevant credential <= 40 h, %% of wage | %.2f %% | +1 .. +6 %% (Brookings +3.8 %% first relevant) |
                | median 5-year expected value (x completion, after cost), same, %% of wage | %.2f %% | |
                | median quarterly gain if completed, same (USD) | %.0f | +222 .. +293 (Xu and Trimble) |
                | share of catalogue credentials with a gain above 5 %% of wage | %.1f %% | 5 .. 25 %% (BGI: 1 in 8) |
                | median completion probability, online credentials | %.3f | median 0.126 (Jordan 2015) |
                | share of catalogue credentials relevant to the target (teach part of its gap) | %.1f %% | |
                | share of relevant credentials with a gain above 5 %% of wage | %.1f %% | 5 .. 25 %% (BGI: 1 in 8) |
                | mean / 90th percentile of the gap share one relevant credential covers | %.4f / %.4f | |
                | learners whose target pays more (median) | %.1f %% | |
                | highest-coverage pathways priced | %d (median %.0f steps) | |
                | median yearly gain if completed, pathway, %% of wage | %.2f %% | Brookings stacked: %.2f %% (3.8 + 1.0 per further) |
                """, r.learners(), r.pairs(), r.shortRelevantPairs(), 100 * r.medianShortRelevantGainShare(),
                100 * r.medianShortRelevantValueShare(), r.medianShortRelevantQuarterUsd(), 100 * r.notableShare(),
                r.medianOnlineCompletion(), 100 * r.relevantShare(), 100 * r.notableRelevantShare(),
                r.meanRelevantCoverage(), r.p90RelevantCoverage(),
                100 * r.positiveWageGapShare(), r.pathways(), r.medianPathwaySteps(), 100 * r.medianPathwayGainShare(),
                100 * r.medianPathwayAnchorShare());
    }
}
