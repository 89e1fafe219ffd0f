package org.credpath.engine.formats.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.catalog.bundled.Slugs;
import org.credpath.engine.formats.ImportIssue;

/** One CSV row -> one {@link Credential}; problems are added to the caller's list, named by row and column. */
final class CsvRow {
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    private final CSVRecord r;
    private final String where;
    private final Map<CsvField, String> columns;
    private final ColumnMapping mapping;

    CsvRow(CSVRecord r, String where, Map<CsvField, String> columns, ColumnMapping mapping) {
        this.r = r;
        this.where = where;
        this.columns = columns;
        this.mapping = mapping;
    }

    /** The credential, or null after adding this row's errors. */
    Credential credential(List<ImportIssue> errors) {
        int before = errors.size();
        String title = cell(CsvField.TITLE);
        if (title == null) {
            errors.add(issue(CsvField.TITLE, "required: a non-empty title"));
        }
        String id = cell(CsvField.ID);
        if (id == null && title != null && !columns.containsKey(CsvField.ID)) {
            String slug = Slugs.slug(title);
            id = slug.isEmpty() ? null : mapping.idPrefix() + ":" + slug;
        }
        if (id == null && title != null) {
            errors.add(issue(CsvField.ID, columns.containsKey(CsvField.ID) ? "required: a non-empty id"
                    : "cannot make an id from the title; add an id column"));
        }
        Double hours = number(CsvField.HOURS, errors);
        Double cost = number(CsvField.COST_USD, errors);
        CredentialType type = word(CsvField.CREDENTIAL_TYPE, CredentialType::parse, CredentialType.values(), errors);
        Level level = word(CsvField.LEVEL, Level::parse, Level.values(), errors);
        Delivery delivery = word(CsvField.DELIVERY, Delivery::parse, Delivery.values(), errors);
        String language = cell(CsvField.LANGUAGE);
        if (language != null && !language.matches("[A-Za-z]{2}")) {
            errors.add(issue(CsvField.LANGUAGE, "an ISO 639-1 code of two letters (en, es), got '" + cut(language) + "'"));
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            return new Credential(id, title, cell(CsvField.PROVIDER), cell(CsvField.DESCRIPTION), cell(CsvField.SYLLABUS),
                    cell(CsvField.URL), type, level, hours, cost, delivery,
                    language == null ? null : language.toLowerCase(java.util.Locale.ROOT), null, list(CsvField.SKILLS),
                    list(CsvField.SKILL_LABELS), list(CsvField.PREREQUISITES), null, null, null, null);
        } catch (IllegalArgumentException e) {
            errors.add(new ImportIssue(where, "", e.getMessage()));
            return null;
        }
    }

    private String cell(CsvField f) {
        String col = columns.get(f);
        if (col == null) {
            return null;
        }
        String v = r.get(col);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private List<String> list(CsvField f) {
        String v = cell(f);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(Pattern.quote(String.valueOf(mapping.listSeparator())))).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    private Double number(CsvField f, List<ImportIssue> errors) {
        String v = cell(f);
        if (v == null) {
            return null;
        }
        if (!NUMBER.matcher(v).matches()) {
            errors.add(issue(f, "not a number >= 0 (digits with an optional decimal point, e.g. 12.5), got '" + cut(v) + "'"));
            return null;
        }
        return Double.parseDouble(v);
    }

    private <T> T word(CsvField f, Function<String, Optional<T>> parse, Enum<?>[] accepted, List<ImportIssue> errors) {
        String v = cell(f);
        if (v == null) {
            return null;
        }
        Optional<T> t = parse.apply(v);
        if (t.isEmpty()) {
            errors.add(issue(f, "unknown value '" + cut(v) + "' (accepted: " + String.join(", ",
                    Arrays.stream(accepted).map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList())
                    + ")"));
        }
        return t.orElse(null);
    }

    private ImportIssue issue(CsvField f, String message) {
        String col = columns.getOrDefault(f, f.exchangeName());
        return new ImportIssue(where, col.equalsIgnoreCase(f.exchangeName()) ? col : col + " (" + f.exchangeName() + ")",
                message);
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
