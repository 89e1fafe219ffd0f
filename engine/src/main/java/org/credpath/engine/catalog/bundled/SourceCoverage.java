package org.credpath.engine.catalog.bundled;

/**
 * How much of one source listing was normalised, counted over source rows (before merging
 * duplicate rows).
 *
 * @param rows                 data rows in the file
 * @param rowsWithDurationText rows whose duration/effort text is present (not blank, not "None")
 * @param rowsWithHours        rows that got an hours figure
 * @param rowsWithCost         rows that got a cost
 * @param duplicatesMerged     rows folded into another row describing the same credential
 * @param rowsSkipped          rows refused (e.g. no title)
 */
public record SourceCoverage(int rows, int rowsWithDurationText, int rowsWithHours, int rowsWithCost,
        int duplicatesMerged, int rowsSkipped) {

    public SourceCoverage {
        if (rows < 0 || rowsWithDurationText > rows || rowsWithHours > rows || rowsWithCost > rows) {
            throw new IllegalArgumentException("inconsistent coverage counts: rows " + rows + ", duration "
                    + rowsWithDurationText + ", hours " + rowsWithHours + ", cost " + rowsWithCost);
        }
    }

    /** Share of rows with a duration text that got hours (1.0 when no row has one). */
    public double hoursShareOfDurationText() {
        return rowsWithDurationText == 0 ? 1.0 : (double) rowsWithHours / rowsWithDurationText;
    }

    public double costShare() {
        return rows == 0 ? 0 : (double) rowsWithCost / rows;
    }

    public double hoursShare() {
        return rows == 0 ? 0 : (double) rowsWithHours / rows;
    }
}
