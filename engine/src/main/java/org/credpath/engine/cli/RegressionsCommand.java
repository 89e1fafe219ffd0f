package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.Regression;
import org.credpath.engine.eval.RegressionTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code credpath regressions [DIR]}: prints the README results table from the regression files. */
@Command(name = "regressions", mixinStandardHelpOptions = true,
        description = "Print the Markdown results table generated from regressions/*.json.")
public final class RegressionsCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", description = "Folder of regression files (default: regressions/ of the repository).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path folder = dir != null ? dir : CredpathHome.locate().root().resolve("regressions");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no regressions folder at " + folder);
        }
        List<Regression> all;
        try (Stream<Path> files = Files.list(folder)) {
            all = files.filter(p -> p.toString().endsWith(".json")).sorted().map(Regression::load).toList();
        }
        System.out.print(RegressionTable.markdown(all));
        return 0;
    }
}
