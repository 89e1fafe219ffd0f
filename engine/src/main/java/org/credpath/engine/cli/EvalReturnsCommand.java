package org.credpath.engine.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.events.EventType;
import org.credpath.engine.plan.EarnerReturns;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.PlanningContexts;
import org.credpath.engine.plan.ReturnCalibration;
import org.credpath.engine.plan.SampleLearners;
import org.credpath.engine.returns.CompletionEstimator;
import org.credpath.engine.returns.ReturnAnchors;
import org.credpath.engine.simulate.ChoiceModel;
import org.credpath.engine.simulate.LoggingPolicy;
import org.credpath.engine.simulate.Simulation;
import org.credpath.engine.simulate.SimulationOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Option(names = "--earners", defaultValue = "2000", description = "Simulated learners whose completed credentials"
            + " give the BGI-style figure (choice model v1, ranked logging, search share 0.5; seeded with --seed;"
            + " 0 = skip; default ${DEFAULT-VALUE}).")
    int earners;

    @Option(names = "--min-earners", defaultValue = "5", description = "A credential counts in the BGI-style figure"
            + " with at least this many simulated earners (default ${DEFAULT-VALUE}).")
    int minEarners;

    @Option(names = "--json", description = "One JSON document on stdout: the figures, the published anchors and "
            + "the distributions behind them.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** Data sources of the measured figures. */
    static final String DATA = "real: ESCO v1.1.1 occupations with OEWS May 2024 wages, O*NET related occupations as "
            + "targets, the bundled catalogue; simulated: the sample learners (SampleLearners, seeded)";

    /**
     * The published anchors and the target ranges, beside the figures ({@code --json}).
     *
     * @param brookingsFirstRelevant  Brookings 2025: wage premium of the first relevant credential
     * @param brookingsFurtherRelevant Brookings 2025: each further relevant credential
     * @param xuTrimbleQuarterUsdLo   Xu and Trimble: quarterly gain of a short-term certificate, low end (USD)
     * @param xuTrimbleQuarterUsdHi   the same, high end
     * @param bgiNotableShare         Burning Glass Institute CVI: about 1 in 8 credentials give notable gains
     * @param moocMedianCompletion    Jordan 2015: median MOOC completion over 221 courses
     * @param notableGainShare        "notable": a yearly gain above this share of the current wage
     * @param shortHours              "short": at most this many hours
     * @param targetGainShareLo       issue 13 target range of the median short relevant gain, low end
     * @param targetGainShareHi       high end
     * @param targetNotableShareLo    issue 13 target range of the notable share, low end
     * @param targetNotableShareHi    high end
     */
    public record Anchors(double brookingsFirstRelevant, double brookingsFurtherRelevant, double xuTrimbleQuarterUsdLo,
                          double xuTrimbleQuarterUsdHi, double bgiNotableShare, double moocMedianCompletion,
                          double notableGainShare, double shortHours, double targetGainShareLo, double targetGainShareHi,
                          double targetNotableShareLo, double targetNotableShareHi) {
        static final Anchors PUBLISHED = new Anchors(ReturnAnchors.FIRST_RELEVANT, ReturnAnchors.FURTHER_RELEVANT, 222,
                293, 1.0 / 8, CompletionEstimator.MOOC_MEDIAN_COMPLETION, ReturnCalibration.NOTABLE_SHARE,
                ReturnCalibration.SHORT_HOURS, 0.01, 0.06, 0.05, 0.25);
    }

    /** The document printed with {@code --json}. */
    public record Json(String data, int sampleLearners, long seed, double completionBinWidth, Anchors anchors,
                       ReturnCalibration.Report report, EarnerReturns.Report byEarners) {
    }

    @Override
    public Integer call() throws Exception {
        if (learners < 1 || learners > 5000) {
            throw new IllegalArgumentException("--learners must be 1..5000, got " + learners);
        }
        if (earners < 0 || earners > 100_000) {
            throw new IllegalArgumentException("--earners must be 0..100000, got " + earners);
        }
        if (minEarners < 1) {
            throw new IllegalArgumentException("--min-earners must be >= 1, got " + minEarners);
        }
        PrintStream err = System.err;
        PlanningContext ctx = PlanningContexts.load(CredpathHome.locate(), null, err);
        List<Learner> sample = SampleLearners.sample(ctx.market(), ctx.catalogue(), learners, seed);
        ReturnCalibration.Report r = ReturnCalibration.run(ctx, sample, err::println);
        EarnerReturns.Report e = earners == 0 ? null : byEarners(ctx, err);
        var out = spec.commandLine().getOut();
        out.println(json ? ExchangeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                new Json(DATA, learners, seed, ReturnCalibration.COMPLETION_BIN, Anchors.PUBLISHED, r, e))
                : render(r) + (e == null ? "" : render(e)));
        out.flush();
        return 0;
    }

    /** Simulated learners on the planner's catalogue; their completions priced by {@link EarnerReturns}. */
    private EarnerReturns.Report byEarners(PlanningContext ctx, PrintStream err) {
        SimulationOptions options = SimulationOptions.of(earners, seed, ChoiceModel.V1, LoggingPolicy.RANKED, 0.5);
        List<Learner> simulated = new ArrayList<>();
        Map<String, List<String>> completed = new HashMap<>();
        err.println("returns by earners: simulating " + earners + " learners (choice model v1, ranked logging, search"
                + " share 0.5, seed " + seed + ") on the bundled catalogue");
        Simulation.run(CredpathHome.locate(), ctx.market().esco(), options, ctx.catalogue().credentials(),
                simulated::add, ev -> {
                    if (ev.type() == EventType.COMPLETE) {
                        completed.computeIfAbsent(ev.learnerId(), k -> new ArrayList<>()).add(ev.credentialId());
                    }
                }, err::println);
        return EarnerReturns.run(ctx, simulated, completed, minEarners, "simulated: " + earners + " learners of the"
                + " simulator (choice model v1, ranked logging with 2 exploration slots, search share 0.5, seed " + seed
                + ") on the bundled catalogue; a credential's earners are the learners who completed it", err::println);
    }

    static String render(EarnerReturns.Report e) {
        return String.format(Locale.ROOT, """
                | share of earned credentials (>= %d simulated earners) whose earners' median gain is above 5 %% of wage | %.1f %% (%d of %d) | 5 .. 25 %% (BGI: 1 in 8, by earners' pay) |
                (by earners: SIMULATED data; %d earners, %d priced, %d completions of %d credentials)
                """, e.minEarners(), 100 * e.notableShare(), e.notable(), e.credentials(), e.earners(),
                e.pricedEarners(), e.completions(), e.credentialsEarned());
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
