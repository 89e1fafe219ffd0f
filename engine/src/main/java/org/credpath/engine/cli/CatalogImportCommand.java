package org.credpath.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.catalog.JsonlWriter;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.formats.ImportIssue;
import org.credpath.engine.formats.ImportResult;
import org.credpath.engine.formats.InvalidImportException;
import org.credpath.engine.formats.csv.ColumnMapping;
import org.credpath.engine.formats.csv.CsvCredentialReader;
import org.credpath.engine.formats.ctdl.CtdlReader;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.skills.CataloguePreparation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code credpath catalog import --format ctdl|csv FILE... --out catalog.jsonl}: credentials from
 * CTDL JSON-LD or CSV into the exchange format, all or nothing (docs/formats.md).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import credentials from CTDL JSON-LD or CSV into an exchange JSONL file, through the one catalogue"
                + " preparation (ESCO skills inferred from the text). All or nothing: any invalid record is named"
                + " (record and field) and nothing is written; exits 1.")
public final class CatalogImportCommand implements Callable<Integer> {

    /** Source formats. */
    enum Format { ctdl, csv }

    /** The --json document. */
    record Report(Format format, List<String> files, String out, int imported, int recordsSkipped, int skillsInferred,
            List<ImportIssue> warnings, List<ImportIssue> errors, List<ImportResult.OccupationAlignment> occupations) {
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CTDL JSON-LD (.json, .jsonld) or CSV files.")
    List<Path> files;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ctdl or csv.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .jsonl or .jsonl.gz (written atomically).")
    Path out;

    @Option(names = "--mapping", paramLabel = "FILE", description = "CSV: a column mapping file, field=Column header per line.")
    Path mappingFile;

    @Option(names = "--column", paramLabel = "FIELD=HEADER", description = "CSV: map one field to a column (repeatable;"
            + " also idPrefix=P, listSeparator=C). Unmapped fields read the column named like the field.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--raw", description = "Skip the catalogue preparation (no ESCO skills inferred).")
    boolean raw;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CliInputs.requireJsonLinesName("--out", out);
        ColumnMapping mapping = mapping();
        List<Credential> credentials = new ArrayList<>();
        List<ImportIssue> warnings = new ArrayList<>();
        List<ImportResult.OccupationAlignment> occupations = new ArrayList<>();
        int skipped = 0;
        try {
            for (Path f : files) {
                ImportResult r = read(f, mapping);
                credentials.addAll(r.credentials());
                warnings.addAll(r.warnings());
                occupations.addAll(r.occupations());
                skipped += r.recordsSkipped();
            }
            duplicates(credentials);
        } catch (InvalidImportException e) {
            return report(new Report(format, names(), out.toString(), 0, skipped, 0, warnings, e.errors(), List.of()));
        }
        int tagged = 0;
        if (!raw) {
            CataloguePreparation.Prepared p = prepare(credentials);
            credentials = p.credentials();
            tagged = p.tagged() - p.stillWithout();
        }
        JsonlWriter.write(out, credentials);
        spec.commandLine().getErr().println("catalog import: wrote " + credentials.size() + " credentials to " + out);
        return report(new Report(format, names(), out.toString(), credentials.size(), skipped, tagged, warnings,
                List.of(), occupations));
    }

    private ImportResult read(Path f, ColumnMapping mapping) throws IOException {
        if (!Files.isRegularFile(f)) {
            throw new UserFacingException(f + ": no such file");
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        return format == Format.ctdl ? CtdlReader.read(f.toString(), text)
                : CsvCredentialReader.read(f.toString(), text, mapping);
    }

    private ColumnMapping mapping() throws IOException {
        if (format != Format.csv && (mappingFile != null || !columns.isEmpty())) {
            throw new UserFacingException("--mapping and --column apply to --format csv only");
        }
        List<String> pairs = new ArrayList<>();
        if (mappingFile != null) {
            pairs.addAll(Files.readAllLines(mappingFile, StandardCharsets.UTF_8));
        }
        pairs.addAll(columns);
        try {
            return ColumnMapping.parse(pairs);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
    }

    /** The same id in two input files refuses the import too. */
    private static void duplicates(List<Credential> all) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<ImportIssue> dups = all.stream().filter(c -> !seen.add(c.id()))
                .map(c -> new ImportIssue(c.id(), "id", "the same id in more than one input file")).toList();
        if (!dups.isEmpty()) {
            throw new InvalidImportException(dups);
        }
    }

    private CataloguePreparation.Prepared prepare(List<Credential> credentials) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("catalog import: loading ESCO to infer skills (--raw skips this) ...");
        err.flush();
        CredpathHome home = CredpathHome.locate();
        CataloguePreparation prep = CataloguePreparation.load(home, EscoLoader.load(home), err::println);
        CataloguePreparation.Prepared p = prep.prepare(credentials);
        err.println("catalog import: " + p.tagged() + " of " + credentials.size() + " credentials had no ESCO skills;"
                + " tagged them from title, description and skillLabels (" + p.stillWithout() + " still have none)");
        err.flush();
        return p;
    }

    private int report(Report r) {
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(ExchangeJson.mapper().writeValueAsString(r));
        } else {
            r.errors().forEach(e -> o.println("error: " + e));
            r.warnings().forEach(w -> o.println("warning: " + w));
            o.printf("%s: %d credential(s) imported, %d other record(s) skipped, %d warning(s), %d error(s)%s%n",
                    String.join(", ", r.files()), r.imported(), r.recordsSkipped(), r.warnings().size(),
                    r.errors().size(), r.errors().isEmpty() ? " -> " + r.out() : " (nothing written)");
        }
        o.flush();
        return r.errors().isEmpty() ? 0 : 1;
    }

    private List<String> names() {
        return files.stream().map(Path::toString).toList();
    }
}
