package org.credpath.engine.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code credpath data check}: loads everything, prints counts and join coverage. Exits 1 when a
 * shipped file fails its checksum.
 */
@Command(name = "check", description = "Load all shipped data; print counts and join coverage.",
        mixinStandardHelpOptions = true)
public final class DataCheckCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CredpathHome home = CredpathHome.locate();
        System.err.println("data check: verifying checksums in " + home.datasets());
        ChecksumReport sums = ChecksumReport.verify(home.datasets());
        LabourMarket labour = LabourMarket.load(home, System.err::println);
        BundledCatalog catalog = BundledCatalog.load(home);
        System.err.printf("data check: catalogue %,d credentials%n", catalog.credentials().size());
        DataCheckReport report = DataCheckReport.of(labour.stats(), catalog.stats(), sums);
        spec.commandLine().getOut().println(json ? ExchangeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report)
                : report.text());
        spec.commandLine().getOut().flush();
        if (!sums.allOk()) {
            System.err.println("data check: checksum problems: mismatched " + sums.mismatched()
                    + ", missing " + sums.missing());
            return 1;
        }
        return 0;
    }
}
