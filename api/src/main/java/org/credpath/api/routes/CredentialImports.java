package org.credpath.api.routes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.credpath.api.http.BodyType;
import org.credpath.api.http.FieldError;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.engine.formats.ImportIssue;
import org.credpath.engine.formats.ImportResult;
import org.credpath.engine.formats.InvalidImportException;
import org.credpath.engine.formats.csv.ColumnMapping;
import org.credpath.engine.formats.csv.CsvCredentialReader;
import org.credpath.engine.formats.ctdl.CtdlReader;

import io.javalin.http.Context;

/**
 * {@code POST /v1/credentials} bodies in the credential world's formats, chosen by Content-Type:
 * {@code application/ld+json} is CTDL JSON-LD, {@code text/csv} is CSV whose column mapping comes
 * from query parameters ({@code column.title=Course Name}, {@code idPrefix}, {@code listSeparator}).
 * An invalid file is a 400 naming every record and field; nothing is stored (docs/formats.md).
 */
final class CredentialImports {
    static final String CTDL = "application/ld+json";
    static final String CSV = "text/csv";
    static final String COLUMN_PARAM = "column.";

    /** The answer to an import: what was stored, the source's warnings and its occupation alignments. */
    public record Imported(int stored, boolean indexed, List<String> ids, List<ImportIssue> warnings,
            List<ImportResult.OccupationAlignment> occupations) {
    }

    private CredentialImports() {
    }

    /** The import, when the body is CTDL or CSV; empty for the exchange JSON (read as before); 415 for anything else. */
    static Optional<ImportResult> read(Context ctx, RequestBodies bodies) {
        String ct = ctx.header("Content-Type");
        String media = ct == null ? "" : ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals(CTDL) && !media.equals(CSV)) {
            if (!BodyType.BATCH.accepts(ct)) {
                throw ProblemException.unsupportedMediaType(ct == null || ct.isBlank() ? "(none)" : ct,
                        BodyType.BATCH.expected() + ", " + CTDL + " (CTDL JSON-LD), " + CSV);
            }
            return Optional.empty();
        }
        ColumnMapping mapping = media.equals(CSV) ? mapping(ctx) : ColumnMapping.defaults();
        String text = new String(bodies.read(ctx), StandardCharsets.UTF_8);
        try {
            return Optional.of(media.equals(CTDL) ? CtdlReader.read("", text) : CsvCredentialReader.read("", text, mapping));
        } catch (InvalidImportException e) {
            throw ProblemException.invalid(e.getMessage(), e.errors().stream().map(CredentialImports::fieldError).toList());
        }
    }

    static Imported answer(ImportResult r, boolean indexed) {
        return new Imported(r.credentials().size(), indexed, r.credentials().stream().map(c -> c.id()).toList(),
                r.warnings().size() > 100 ? r.warnings().subList(0, 100) : r.warnings(), r.occupations());
    }

    private static ColumnMapping mapping(Context ctx) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            String key = e.getKey();
            String value = e.getValue().isEmpty() ? "" : e.getValue().getFirst();
            if (key.startsWith(COLUMN_PARAM)) {
                pairs.add(key.substring(COLUMN_PARAM.length()) + "=" + value);
            } else if (key.equals("idPrefix") || key.equals("listSeparator")) {
                pairs.add(key + "=" + value);
            } else {
                throw ProblemException.invalidField(key, "unknown query parameter for a CSV import (use column.<field>,"
                        + " idPrefix, listSeparator)");
            }
        }
        try {
            return ColumnMapping.parse(pairs);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("column", e.getMessage());
        }
    }

    private static FieldError fieldError(ImportIssue i) {
        String where = i.record().isEmpty() ? i.field() : i.field().isEmpty() ? i.record() : i.record() + " " + i.field();
        return new FieldError(where, i.message());
    }
}
