package org.credpath.engine.labour.title;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Tables;

/** A real vacancy title labelled with its ESCO occupation (JobBERT evaluation data set). */
public record VacancyTitle(String title, String occupationUri) {

    public static final String FOLDER = "jobbert_vacancy_titles_esco";
    public static final String TRAIN_FILE = "titles.csv";
    public static final String TEST_FILE = "titles.test.csv";

    public VacancyTitle {
        if (title == null) {
            throw new IllegalArgumentException("vacancy title is null");
        }
        if (occupationUri == null || occupationUri.isBlank()) {
            throw new IllegalArgumentException("vacancy title '" + title + "' has no conceptUri");
        }
    }

    /** Reads {@code vacancyTitle,conceptUri} rows; rows with a blank title are skipped. */
    public static List<VacancyTitle> load(Path file) {
        List<VacancyTitle> out = new ArrayList<>();
        Tables.forEach(file, DataFiles.CSV, row -> {
            String title = row.get("vacancyTitle");
            if (!title.isEmpty()) {
                out.add(new VacancyTitle(title, row.get("conceptUri")));
            }
        });
        return List.copyOf(out);
    }
}
