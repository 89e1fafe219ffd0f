package org.credpath.engine.labour.bls;

/**
 * BLS Employment Projections 2024-34 for one occupation (table 1.2).
 *
 * @param socCode               SOC 2018 code
 * @param title                 occupation title
 * @param lineItem              true for a detailed "Line item", false for a "Summary" aggregate
 * @param employment2024        employment in 2024 (persons)
 * @param employment2034        projected employment in 2034 (persons)
 * @param growthPercent         projected change 2024-34, percent
 * @param annualOpenings        occupational openings, annual average 2024-34 (persons)
 * @param entryEducation        typical education needed for entry, empty when not stated
 */
public record Projection(String socCode, String title, boolean lineItem, double employment2024,
                         double employment2034, double growthPercent, double annualOpenings,
                         String entryEducation) {
    public Projection {
        if (socCode == null || !socCode.matches("\\d{2}-\\d{4}")) {
            throw new IllegalArgumentException("projection soc_code must look like 15-1252, got '" + socCode + "'");
        }
        if (employment2024 < 0 || annualOpenings < 0) {
            throw new IllegalArgumentException("projection " + socCode + ": negative employment or openings");
        }
        title = title == null ? "" : title;
        entryEducation = entryEducation == null ? "" : entryEducation;
    }
}
