package org.credpath.engine.labour.bls;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Tables;

/** Reads the OEWS national file and the Employment Projections table 1.2. */
public final class BlsLoader {

    public static final String OEWS_FILE = "bls_oews_national_may2024/oews_national_may2024.csv";
    public static final String PROJECTIONS_FILE =
            "bls_employment_projections_2024_34/ep_table_1_2_occupational_projections_2024_34.csv";

    private BlsLoader() {
    }

    public static Bls load(CredpathHome home) {
        return new Bls(oews(home.datasets().resolve(OEWS_FILE)), projections(home.datasets().resolve(PROJECTIONS_FILE)));
    }

    /** OEWS rows by OCC_CODE; when a code appears twice, the "detailed" row wins. */
    static Map<String, OewsOccupation> oews(Path file) {
        Map<String, OewsOccupation> out = new HashMap<>();
        Tables.forEach(file, DataFiles.CSV, row -> {
            String tot = row.get("TOT_EMP");
            long employment = tot.isEmpty() || tot.equals("*") || tot.equals("**") ? -1 : parseLong(row, "TOT_EMP");
            WagePercentiles annual = percentiles(row, "A_", WageFigure.ANNUAL_TOP_CODE);
            WagePercentiles hourly = percentiles(row, "H_", WageFigure.HOURLY_TOP_CODE);
            OewsOccupation o = new OewsOccupation(row.get("OCC_CODE"), row.get("OCC_TITLE"), row.get("O_GROUP"),
                    employment, annual, hourly, "TRUE".equalsIgnoreCase(row.get("HOURLY")));
            out.merge(o.socCode(), o, (a, b) -> "detailed".equals(b.group()) ? b : a);
        });
        return out;
    }

    private static WagePercentiles percentiles(Tables.Row row, String prefix, double topCode) {
        return new WagePercentiles(wage(row, prefix + "PCT10", topCode), wage(row, prefix + "PCT25", topCode),
                wage(row, prefix + "MEDIAN", topCode), wage(row, prefix + "PCT75", topCode),
                wage(row, prefix + "PCT90", topCode), wage(row, prefix + "MEAN", topCode));
    }

    /** {@code *} or blank: not published (null); {@code #}: top-coded; else a number. */
    static WageFigure wage(Tables.Row row, String column, double topCode) {
        String v = row.get(column).replace(",", "");
        return switch (v) {
            case "", "*", "**" -> null;
            case "#" -> new WageFigure(topCode, true);
            default -> {
                try {
                    yield new WageFigure(Double.parseDouble(v), false);
                } catch (IllegalArgumentException e) {
                    throw row.error(column, "not a wage: '" + row.get(column) + "'");
                }
            }
        };
    }

    static Map<String, Projection> projections(Path file) {
        Map<String, Projection> out = new HashMap<>();
        Tables.forEach(file, DataFiles.CSV, row -> {
            String education = row.get("Typical education needed for entry");
            Projection p = new Projection(row.get("soc_code"), row.get("title"),
                    "Line item".equals(row.get("Occupation type")),
                    thousands(row, "Employment, 2024"), thousands(row, "Employment, 2034"),
                    number(row, "Employment change, percent, 2024\u201334"),
                    thousands(row, "Occupational openings, 2024\u201334 annual average"),
                    education.equals("\u2014") ? "" : education);
            out.put(p.socCode(), p);
        });
        return out;
    }

    private static double thousands(Tables.Row row, String column) {
        return number(row, column) * 1000.0;
    }

    private static double number(Tables.Row row, String column) {
        String v = row.get(column).replace(",", "");
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw row.error(column, "not a number: '" + row.get(column) + "'");
        }
    }

    private static long parseLong(Tables.Row row, String column) {
        try {
            return Long.parseLong(row.get(column).replace(",", ""));
        } catch (NumberFormatException e) {
            throw row.error(column, "not an integer: '" + row.get(column) + "'");
        }
    }
}
