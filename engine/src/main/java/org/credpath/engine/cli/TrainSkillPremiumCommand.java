package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.GitCommit;
import org.credpath.engine.gap.LabourProfiles;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.returns.SkillPremiumModel;
import org.credpath.engine.returns.SkillPremiumTrainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code credpath train skill-premium}: ridge regression of log median wage on essential skills. */
@Command(name = "skill-premium", mixinStandardHelpOptions = true,
        description = "Skill premium model (Smile ridge) of log OEWS median wage on ESCO essential skills.")
public final class TrainSkillPremiumCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "42", description = "Hold-out seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lambda", defaultValue = "500", description = "Ridge penalty (default ${DEFAULT-VALUE}).")
    double lambda;

    @Option(names = "--out", description = "Output folder (default models/skill-premium).")
    Path out;

    /** Provenance of the skill-premium model. */
    record Provenance(String model, String trainer, List<String> data, long seed, SkillPremiumTrainer.Options options,
                      String gitCommit, String javaVersion, String createdAt, String command) {
    }

    /** Held-out figures of the skill-premium model. */
    record Metrics(String data, int occupations, int features, int trainOccupations, int testOccupations,
                   double testR2, double trainR2) {
    }

    @Override
    public Integer call() throws IOException {
        CredpathHome home = CredpathHome.locate();
        LabourMarket market = LabourMarket.load(home, System.err::println);
        List<SkillPremiumTrainer.OccupationWage> rows = new LabourProfiles(market).occupationWages();
        SkillPremiumTrainer.Options d = SkillPremiumTrainer.Options.defaults();
        SkillPremiumTrainer.Options o = new SkillPremiumTrainer.Options(d.minOccupations(), lambda, d.testFraction(), seed);
        System.err.println("train skill-premium: " + rows.size() + " occupations with wages and essential skills");
        SkillPremiumTrainer.Result r = SkillPremiumTrainer.train(rows, o);
        Path dir = out != null ? out : home.models().resolve(SkillPremiumModel.ID);
        r.model().save(dir);
        var json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();
        json.writeValue(dir.resolve("provenance.json").toFile(), new Provenance(SkillPremiumModel.ID,
                "smile.regression.RidgeRegression 6.3.0",
                List.of("datasets/esco_v1.1.1 (occupation-skill links)", "datasets/bls_oews_national_may2024",
                        "datasets/nesta_mapping_career_causeways + crosswalks (ESCO -> SOC)"),
                seed, o, GitCommit.of(home.root()), Runtime.version().toString(), Instant.now().toString(),
                "./credpath train skill-premium --seed " + seed + " --lambda " + lambda));
        json.writeValue(dir.resolve("metrics.json").toFile(), new Metrics(
                "real: ESCO occupations with an OEWS median wage, seeded 20% of occupations held out", rows.size(),
                r.features(), r.trainOccupations(), r.testOccupations(), Math.round(r.testR2() * 1e4) / 1e4,
                Math.round(r.trainR2() * 1e4) / 1e4));
        System.out.printf("skill premium: %d skills, held-out R^2 %.4f (train %.4f) on %d/%d occupations -> %s%n",
                r.features(), r.testR2(), r.trainR2(), r.testOccupations(), r.trainOccupations(), dir);
        return 0;
    }
}
