package org.credpath.engine.labour.title;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Tables;

/**
 * A messy job title judged by hand ({@code datasets/messy_titles/messy_titles.tsv}): the title, its
 * kind (typo, abbreviation, slang, regional variant, ...), its split (dev for tuning, test for
 * reporting) and the ESCO occupations accepted as its reading.
 */
public record MessyTitle(String id, String title, String kind, boolean test, Set<String> accepted, String note) {

    public static final String FOLDER = "messy_titles";
    public static final String FILE = "messy_titles.tsv";

    public MessyTitle {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("messy title " + id + " is blank");
        }
        if (accepted == null || accepted.isEmpty()) {
            throw new IllegalArgumentException("messy title '" + title + "' has no accepted occupation");
        }
        accepted = Set.copyOf(accepted);
    }

    public TitleEvaluation.Judged judged() {
        return new TitleEvaluation.Judged(title, accepted);
    }

    /** Reads the set; a bad row is refused naming file, line and column. */
    public static List<MessyTitle> load(Path file) {
        List<MessyTitle> out = new ArrayList<>();
        Tables.forEach(file, DataFiles.TSV, row -> {
            String split = row.get("split");
            if (!split.equals("dev") && !split.equals("test")) {
                throw row.error("split", "must be 'dev' or 'test', got '" + split + "'");
            }
            Set<String> uris = new LinkedHashSet<>(Arrays.stream(row.get("accepted_uris").split("\\s+"))
                    .filter(s -> !s.isEmpty()).toList());
            if (uris.isEmpty()) {
                throw row.error("accepted_uris", "is empty");
            }
            out.add(new MessyTitle(row.get("id"), row.get("title"), row.get("kind"), split.equals("test"), uris,
                    row.get("note")));
        });
        return List.copyOf(out);
    }

    /** The dev ({@code test == false}) or test half. */
    public static List<TitleEvaluation.Judged> half(List<MessyTitle> all, boolean test) {
        return all.stream().filter(m -> m.test() == test).map(MessyTitle::judged).toList();
    }
}
