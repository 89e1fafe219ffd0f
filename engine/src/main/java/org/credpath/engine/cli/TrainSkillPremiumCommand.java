package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.ModelProvenance;
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
        ModelProvenance.create(SkillPremiumModel.ID, "Smile ridge regression", "./credpath train skill-premium --seed "
                + seed + " --lambda " + lambda, inputs(home), seed, o, List.of("smile"), home.root(),
                java.util.Map.of("heldOutR2", Math.round(r.testR2() * 1e4) / 1e4), null).write(dir);
        json.writeValue(dir.resolve("metrics.json").toFile(), new Metrics(
                "real: ESCO occupations with an OEWS median wage, seeded 20% of occupations held out", rows.size(),
                r.features(), r.trainOccupations(), r.testOccupations(), Math.round(r.testR2() * 1e4) / 1e4,
                Math.round(r.trainR2() * 1e4) / 1e4));
        System.out.printf("skill premium: %d skills, held-out R^2 %.4f (train %.4f) on %d/%d occupations -> %s%n",
                r.features(), r.testR2(), r.trainR2(), r.testOccupations(), r.trainOccupations(), dir);
        return 0;
    }

    /** The dataset folders the wage join reads (ESCO, OEWS, the Nesta crosswalk, SOC crosswalks): every data file. */
    static final List<String> INPUT_FOLDERS = List.of("esco_v1.1.1", "bls_oews_national_may2024",
            "nesta_mapping_career_causeways", "crosswalks");

    static List<ModelProvenance.DataFile> inputs(CredpathHome home) throws IOException {
        List<ModelProvenance.DataFile> out = new java.util.ArrayList<>();
        for (String folder : INPUT_FOLDERS) {
            try (var files = java.nio.file.Files.list(home.datasets().resolve(folder))) {
                for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    out.add(ModelProvenance.file(home.root(), f.toAbsolutePath()));
                }
            }
        }
        return out;
    }
}
