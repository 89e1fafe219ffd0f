package org.credpath.engine.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.BeamPlanner;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.plan.PlanBenchmark;
import org.credpath.engine.plan.PlannerEvaluation;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.PlanningContexts;
import org.credpath.engine.plan.SampleLearners;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code credpath bench plan}: planner quality on sampled learners (rule violations, coverage vs
 * greedy and vs the exact optimum on small instances) and plan latency on a resampled catalogue.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Planner quality (real occupations, O*NET related targets) and latency on a --size catalogue.")
public final class BenchPlanCommand implements Callable<Integer> {

    @Option(names = "--learners", defaultValue = "200", description = "sampled learners (default ${DEFAULT-VALUE})")
    int learners;
    @Option(names = "--size", defaultValue = "1000", description = "catalogue size for latency (default ${DEFAULT-VALUE})")
    int size;
    @Option(names = "--small", defaultValue = "12", description = "credentials per small (exact) instance (default ${DEFAULT-VALUE})")
    int small;
    @Option(names = "--timed", defaultValue = "2000", description = "timed plans (default ${DEFAULT-VALUE})")
    int timed;
    @Option(names = "--warmup", defaultValue = "500", description = "untimed plans (default ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--seed", defaultValue = "42", description = "seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    /** The JSON output. */
    record Output(String data, long seed, PlannerEvaluation.Report quality, String syntheticData,
                  org.credpath.engine.plan.SyntheticCatalogue.SyntheticGap synthetic, PlanBenchmark.Latency latency) {
    }

    @Override
    public Integer call() throws IOException {
        if (learners < 1 || size < 10 || small < 2 || timed < 1 || warmup < 0) {
            throw new IllegalArgumentException("--learners >= 1, --size >= 10, --small >= 2, --timed >= 1, --warmup >= 0");
        }
        CredpathHome home = CredpathHome.locate();
        PlanningContext ctx = PlanningContexts.load(home, null, System.err);
        List<Learner> sample = SampleLearners.sample(ctx.market(), ctx.catalogue(), learners, seed);
        System.err.println("bench plan: evaluating " + sample.size() + " learners on " + ctx.catalogue().size() + " credentials");
        PlannerEvaluation.Report q = PlannerEvaluation.run(new PathwayService(ctx, new BeamPlanner()), sample, small);
        var synthetic = org.credpath.engine.plan.SyntheticCatalogue.optimalityGap(500, seed);
        PlanningContext cut = new PlanningContext(ctx.market(), PlanBenchmark.sample(ctx.catalogue(), size, seed),
                ctx.completion(), ctx.skillPremium(), ctx.gapOptions(), ctx.plannerOptions(), ctx.returnOptions());
        System.err.println("bench plan: timing " + timed + " plans on " + cut.catalogue().size() + " credentials");
        PlanBenchmark.Latency lat = PlanBenchmark.run(new PathwayService(cut, new BeamPlanner()), size, sample, warmup, timed);
        Output out = new Output("real: bundled Coursera+edX catalogue, ESCO occupations with OEWS wages, O*NET related"
                + " occupations as targets; simulated budgets/hours/deadlines (seeded)", seed, q,
                "simulated: 500 random catalogues of 20 credentials, 16 weighted skills, $300 and 60 h", synthetic, lat);
        if (json) {
            System.out.println(JsonMapper.builder().build().writeValueAsString(out));
        } else {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        }
        return 0;
    }
}
