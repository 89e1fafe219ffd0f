package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.BeamPlanner;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.plan.PlanReport;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.PlanningContexts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code credpath plan --learner FILE.json [--json]}: stacking pathways with expected return. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan up to three pathways (highest coverage, cheapest, fastest) toward the learner's target.")
public final class PlanCommand implements Callable<Integer> {

    @Option(names = "--learner", required = true, description = "Learner profile (JSON object; docs/formats.md).")
    Path learnerFile;

    @Option(names = "--catalog", description = "Credentials JSONL (default: the bundled Coursera + edX catalogue).")
    Path catalog;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Learner learner = CliInputs.learner(learnerFile);
        CredpathHome home = CredpathHome.locate();
        PlanningContext ctx = PlanningContexts.load(home, catalog, System.err);
        PlanReport report = new PathwayService(ctx, new BeamPlanner()).plan(learner);
        if (json) {
            System.out.println(JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build()
                    .writeValueAsString(report));
        } else {
            System.out.print(PlanText.render(report));
        }
        return 0;
    }
}
