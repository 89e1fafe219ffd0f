package org.credpath.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.CredentialReader;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.catalog.ReadIssue;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;
import org.credpath.engine.events.EventReader;
import org.credpath.engine.learner.LearnerReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code credpath catalog validate FILE}: line-numbered warnings and errors, then counts. Exit 1 on errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a credential (default), learner or event file in the exchange format; print every "
                + "warning and error with its line, then counts. Exits 1 when there are errors.")
public final class CatalogValidateCommand implements Callable<Integer> {

    /** What the file holds. */
    enum Kind { credentials, learners, events }

    /** The --json document. */
    record Report(String file, Kind type, ReadMode mode, int records, int accepted, int warnings, int errors,
            List<ReadIssue> issues) {
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "JSON array, JSON object or JSONL; .gz allowed.")
    Path file;

    @Option(names = "--type", defaultValue = "credentials", paramLabel = "KIND",
            description = "credentials, learners or events (default: ${DEFAULT-VALUE}).")
    Kind type;

    @Option(names = "--strict", description = "Strict mode (as for HTTP bodies): unknown fields and values are errors.")
    boolean strict;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(file) && !Files.exists(file.resolveSibling(file.getFileName() + ".gz"))) {
            throw new UserFacingException(file + ": no such file");
        }
        ReadMode mode = strict ? ReadMode.STRICT : ReadMode.FILE;
        ReadResult<?> r = switch (type) {
            case credentials -> CredentialReader.read(file, mode);
            case learners -> LearnerReader.read(file, mode);
            case events -> EventReader.read(file, mode);
        };
        Report report = new Report(file.toString(), type, mode, r.recordsSeen(), r.records().size(),
                r.warnings().size(), r.errors().size(), r.issues());
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(ExchangeJson.mapper().writeValueAsString(report));
        } else {
            r.issues().forEach(o::println);
            o.printf("%s: %d %s read, %d accepted, %d warning(s), %d error(s)%s%n", file, report.records(), type,
                    report.accepted(), report.warnings(), report.errors(),
                    strict && report.errors() > 0 ? " (strict: nothing accepted)" : "");
        }
        o.flush();
        return report.errors() > 0 ? 1 : 0;
    }
}
