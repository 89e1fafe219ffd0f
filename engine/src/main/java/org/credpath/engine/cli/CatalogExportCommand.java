package org.credpath.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.catalog.JsonlWriter;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.catalog.bundled.CatalogStats;
import org.credpath.engine.catalog.bundled.SourceCoverage;
import org.credpath.engine.data.CredpathHome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code credpath catalog export --out FILE.jsonl[.gz]}: the bundled catalogue in the exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the bundled catalogue (Coursera 2023 + edX 2021, normalised) as JSONL; "
                + "gzip when FILE ends in .gz. Prints coverage figures.")
public final class CatalogExportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .jsonl or .jsonl.gz file.")
    Path out;

    @Option(names = "--json", description = "Print the coverage figures as one JSON document on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CliInputs.requireJsonLinesName("--out", out);
        PrintWriter err = spec.commandLine().getErr();
        err.println("catalog export: normalising datasets/" + BundledCatalog.FOLDER + " ...");
        err.flush();
        BundledCatalog catalog = BundledCatalog.load(CredpathHome.locate());
        int n = JsonlWriter.write(out, catalog.credentials());
        err.println("catalog export: wrote " + n + " credentials to " + out);
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(ExchangeJson.mapper().writeValueAsString(catalog.stats()));
        } else {
            print(o, catalog.stats());
        }
        o.flush();
        return 0;
    }

    static void print(PrintWriter o, CatalogStats s) {
        o.printf("credentials            %d%n", s.credentials());
        o.printf("  with hours           %d (%.1f%%)%n", s.credentialsWithHours(), pct(s.credentialsWithHours(), s.credentials()));
        o.printf("  with cost            %d (%.1f%%)%n", s.credentialsWithCost(), pct(s.credentialsWithCost(), s.credentials()));
        o.printf("per platform           %s%n", s.perPlatform());
        o.printf("per type               %s%n", s.perType());
        o.printf("providers              %d%n", s.perProvider().size());
        for (Map.Entry<String, SourceCoverage> e : s.sources().entrySet()) {
            SourceCoverage c = e.getValue();
            o.printf("%-8s rows %d, duration text %d, hours %d (%.1f%% of rows with text), cost %d (%.1f%%), merged %d, skipped %d%n",
                    e.getKey(), c.rows(), c.rowsWithDurationText(), c.rowsWithHours(), 100 * c.hoursShareOfDurationText(),
                    c.rowsWithCost(), 100 * c.costShare(), c.duplicatesMerged(), c.rowsSkipped());
        }
        o.printf("stacking links         course->program %d, specialization->professional certificate %d, certificate->degree %d%n",
                s.ladder().courseLinks(), s.ladder().specializationLinks(), s.ladder().certificateLinks());
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
