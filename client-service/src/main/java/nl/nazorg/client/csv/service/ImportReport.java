package nl.nazorg.client.csv.service;

import java.util.List;

/**
 * The outcome of one CSV import: counts, and per refused row its line in the file, its external reference and what
 * is wrong (column or field names, never the values). Valid rows are imported even when others are refused.
 */
public record ImportReport(int rows, int created, int updated, int unchanged, int refused,
                           List<String> ignoredColumns, List<RowError> errors, long durationMillis,
                           double rowsPerSecond) {

    public record RowError(int line, String externalReference, List<String> messages) {
    }
}
