package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.returns.CompletionArtifacts;
import org.credpath.engine.returns.CompletionTrainer;
import org.credpath.engine.returns.OuladData;
import org.credpath.engine.returns.OuladEnrolment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The completion model on real OULAD outcomes. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Completion probability model (Smile gradient boosting) on OULAD outcomes.")
public final class TrainCompletionCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "42", description = "Split and boosting seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Output folder (default models/completion under the Credpath home).")
    Path out;

    @Override
    public Integer call() throws IOException {
        CredpathHome home = CredpathHome.locate();
        Path data = OuladData.studentInfo(home);
        System.err.println("train completion: reading " + data.getFileName());
        List<OuladEnrolment> rows = OuladData.readEnrolments(data);
        CompletionTrainer.Options d = CompletionTrainer.Options.defaults();
        CompletionTrainer.Options o = new CompletionTrainer.Options(seed, d.testFraction(), d.trees(),
                d.maxDepth(), d.maxNodes(), d.nodeSize(), d.shrinkage(), d.subsample());
        System.err.println("train completion: " + rows.size() + " enrolments, training gradient boosting ("
                + o.trees() + " trees)");
        CompletionTrainer.Result r = CompletionTrainer.train(rows, o);
        Path dir = out != null ? out : home.models().resolve(CompletionArtifacts.ID);
        CompletionArtifacts.write(dir, data, o, r, Git.commit(home.root()));
        System.out.printf("completion model: held-out AUC %.4f (baseline logistic regression %.4f), "
                + "%d test rows of %d students -> %s%n", r.auc(), r.baselineAuc(), r.testRows(),
                r.testStudents(), dir);
        return 0;
    }
}
