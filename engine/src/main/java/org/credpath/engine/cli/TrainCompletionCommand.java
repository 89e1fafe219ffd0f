package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.returns.CompletionArtifacts;
import org.credpath.engine.returns.CompletionTrainer;
import org.credpath.engine.returns.OuladData;
import org.credpath.engine.returns.HeldOutFigures;
import org.credpath.engine.returns.OuladEnrolment;
import org.credpath.engine.returns.OuladModules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The completion model on real OULAD outcomes. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Completion probability model on OULAD outcomes: candidates compared on a validation slice, "
                + "the best calibrated and measured on held-out students.")
public final class TrainCompletionCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "42", description = "Split and boosting seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Output folder (default models/completion under the Credpath home).")
    Path out;

    @Override
    public Integer call() throws IOException {
        CredpathHome home = CredpathHome.locate();
        Path data = OuladData.studentInfo(home);
        System.err.println("train completion: reading " + data.getFileName() + " and the module files");
        List<OuladEnrolment> rows = OuladData.readEnrolments(data);
        OuladModules modules = OuladModules.read(home);
        CompletionTrainer.Options d = CompletionTrainer.Options.defaults();
        CompletionTrainer.Options o = new CompletionTrainer.Options(seed, d.testFraction(), d.validationFraction());
        CompletionTrainer.Result r = CompletionTrainer.train(rows, modules, o, System.err);
        Path dir = out != null ? out : home.models().resolve(CompletionArtifacts.ID);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("datasets/oulad_subset/" + data.getFileName(), data);
        for (String f : List.of("courses.csv", "assessments.csv", "vle.csv")) {
            Path p = DataFiles.resolve(home.dataset(OuladData.FOLDER, f));
            files.put("datasets/oulad_subset/" + p.getFileName(), p);
        }
        CompletionArtifacts.write(dir, files, o, r, home.root());
        System.out.printf("validation (model choice): %n");
        r.candidates().forEach(c -> System.out.printf("  %-70s AUC %.4f  Brier %.4f%n", c.candidate(),
                c.validationAuc(), c.validationBrier()));
        System.out.printf("held-out test, %d rows of %d students:%n", r.testRows(), r.testStudents());
        for (HeldOutFigures f : List.of(r.baseline(), r.previous(), r.uncalibrated(), r.fitOnlyCalibrated(), r.shipped(), r.protectedReference(),
                r.sameFeatureLogistic())) {
            System.out.printf("  %-110s AUC %.4f  Brier %.4f  ECE %.4f%n", f.model(), f.auc(), f.brier(), f.ece());
        }
        System.out.println("reliability of the shipped model (bin, rows, mean predicted, observed):");
        r.shipped().reliability().forEach(b -> System.out.printf("  %.1f-%.1f %6d %.3f %.3f%n", b.from(), b.to(),
                b.rows(), b.meanPredicted(), b.observedRate()));
        System.out.println("-> " + dir);
        return 0;
    }
}
