package org.credpath.engine.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;

/** Reads the shipped OULAD subset ({@code datasets/oulad_subset}). */
public final class OuladData {

    public static final String FOLDER = "oulad_subset";
    public static final String STUDENT_INFO = "studentInfo.csv";

    private static final Map<String, Integer> EDUCATION = Map.of(
            "No Formal quals", 0, "Lower Than A Level", 1, "A Level or Equivalent", 2,
            "HE Qualification", 3, "Post Graduate Qualification", 4);
    private static final Map<String, Integer> AGE = Map.of("0-35", 0, "35-55", 1, "55<=", 2);

    private OuladData() {
    }

    public static Path studentInfo(CredpathHome home) throws IOException {
        return DataFiles.resolve(home.dataset(FOLDER, STUDENT_INFO));
    }

    /** Every enrolment of {@code studentInfo.csv}; a malformed row fails with its line and field. */
    public static List<OuladEnrolment> readEnrolments(Path studentInfo) throws IOException {
        List<OuladEnrolment> out = new ArrayList<>();
        try (CSVParser p = DataFiles.parse(studentInfo, DataFiles.CSV)) {
            for (CSVRecord r : p) {
                out.add(parse(studentInfo, r));
            }
        }
        return out;
    }

    private static OuladEnrolment parse(Path file, CSVRecord r) {
        String field = "code_module";
        try {
            field = "highest_education";
            Integer edu = EDUCATION.get(r.get(field));
            if (edu == null) {
                throw new IllegalArgumentException("unknown value '" + r.get(field) + "'");
            }
            field = "age_band";
            Integer age = AGE.get(r.get(field));
            if (age == null) {
                throw new IllegalArgumentException("unknown value '" + r.get(field) + "'");
            }
            field = "imd_band";
            int imd = imdDecile(r.get(field));
            field = "final_result";
            OuladEnrolment.Outcome outcome = OuladEnrolment.Outcome.parse(r.get(field));
            field = "num_of_prev_attempts";
            int prev = Integer.parseInt(r.get(field));
            field = "studied_credits";
            int credits = Integer.parseInt(r.get(field));
            field = "id_student";
            long id = Long.parseLong(r.get(field));
            return new OuladEnrolment(r.get("code_module"), r.get("code_presentation"), id,
                    "F".equals(r.get("gender")), r.get("region"), edu, imd, age, prev, credits,
                    "Y".equals(r.get("disability")), outcome);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file.getFileName() + " line " + r.getParser().getCurrentLineNumber()
                    + ", field " + field + ": " + e.getMessage(), e);
        }
    }

    /** "20-30%" -> 2; "20-Oct" (a spreadsheet's rendering of 10-20%) -> 1; blank -> -1. */
    static int imdDecile(String band) {
        if (band == null || band.isBlank()) {
            return -1;
        }
        if (band.equals("20-Oct") || band.equals("10-20")) {
            return 1;
        }
        int dash = band.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("unknown imd band '" + band + "'");
        }
        return Integer.parseInt(band.substring(0, dash)) / 10;
    }
}
