package org.credpath.engine.returns;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;

/**
 * Module-presentation design facts from the OULAD subset: {@code courses.csv} (length),
 * {@code assessments.csv} (marked assessments) and {@code vle.csv} (learning material). The subset
 * covers 12 of the 22 presentations in {@code studentInfo.csv}; the others get
 * {@link #profile(String, String)} with the term's usual length and no detail.
 */
public final class OuladModules {

    /** Usual presentation lengths when courses.csv has no row: October (J) ~268 days, February (B) ~240. */
    static final double DAYS_J = 268;
    static final double DAYS_B = 240;

    private final Map<String, Integer> lengthDays;
    private final Map<String, Integer> assessments;
    private final Map<String, Integer> material;

    OuladModules(Map<String, Integer> lengthDays, Map<String, Integer> assessments, Map<String, Integer> material) {
        this.lengthDays = Map.copyOf(lengthDays);
        this.assessments = Map.copyOf(assessments);
        this.material = Map.copyOf(material);
    }

    /** No module files: every presentation gets its term's length and no detail. */
    public static OuladModules none() {
        return new OuladModules(Map.of(), Map.of(), Map.of());
    }

    /** Reads the three files from {@code datasets/oulad_subset}; a missing file counts as empty. */
    public static OuladModules read(CredpathHome home) throws IOException {
        Map<String, Integer> len = new TreeMap<>();
        Map<String, Integer> ass = new TreeMap<>();
        Map<String, Integer> vle = new TreeMap<>();
        for (CSVRecord r : rows(home, "courses.csv")) {
            len.put(key(r), parseInt(r, "module_presentation_length"));
        }
        for (CSVRecord r : rows(home, "assessments.csv")) {
            if (!"Exam".equalsIgnoreCase(r.get("assessment_type"))) {
                ass.merge(key(r), 1, Integer::sum);
            }
        }
        for (CSVRecord r : rows(home, "vle.csv")) {
            vle.merge(key(r), 1, Integer::sum);
        }
        return new OuladModules(len, ass, vle);
    }

    /** The design profile of one presentation of a module. */
    public CredentialProfile profile(String module, String presentation) {
        String k = module + "/" + presentation;
        double days = lengthDays.getOrDefault(k, (int) (presentation.endsWith("J") ? DAYS_J : DAYS_B));
        double weeks = days / 7.0;
        boolean known = assessments.containsKey(k) && material.containsKey(k);
        return known ? new CredentialProfile(weeks, assessments.get(k), material.get(k) / weeks, true)
                : new CredentialProfile(weeks, 0, 0, false);
    }

    private static java.util.List<CSVRecord> rows(CredpathHome home, String file) throws IOException {
        Path p;
        try {
            p = DataFiles.resolve(home.dataset(OuladData.FOLDER, file));
        } catch (NoSuchFileException e) {
            return java.util.List.of();
        }
        try (CSVParser parser = DataFiles.parse(p, DataFiles.CSV)) {
            return parser.getRecords();
        }
    }

    private static String key(CSVRecord r) {
        return r.get("code_module") + "/" + r.get("code_presentation");
    }

    private static int parseInt(CSVRecord r, String field) {
        try {
            return Integer.parseInt(r.get(field).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("courses.csv line " + r.getRecordNumber() + ", field " + field
                    + ": not an integer '" + r.get(field) + "'", e);
        }
    }
}
