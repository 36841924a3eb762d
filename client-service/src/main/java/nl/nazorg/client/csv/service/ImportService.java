package nl.nazorg.client.csv.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.csv.format.CsvCells;
import nl.nazorg.client.csv.format.CsvColumns;
import nl.nazorg.client.csv.format.CsvRowReader;
import nl.nazorg.client.csv.format.CsvTable;
import nl.nazorg.client.csv.format.ImportRow;

/**
 * Imports clients with their portfolio from CSV: every row is validated, valid rows are created or updated by
 * external reference in transactions of {@value #BATCH} rows, refused rows are reported. Importing the same file
 * again changes nothing and publishes nothing.
 */
@ApplicationScoped
public class ImportService {

    static final int BATCH = 500;

    @Inject
    RowValidation validation;

    @Inject
    ImportBatch batches;

    private List<ImportRow> validRows(List<CsvTable.Row> rows, Set<String> seen, List<ImportReport.RowError> errors) {
        List<ImportRow> valid = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            CsvCells cells = new CsvCells(row);
            ImportRow read = CsvRowReader.read(row, cells);
            List<String> messages = validation.errors(read, cells);
            String reference = read.profile().externalReference();
            if (reference != null && !seen.add(reference.strip())) {
                messages.add("external_reference: appears on an earlier line of this file");
            }
            if (messages.isEmpty()) {
                valid.add(read);
            } else {
                errors.add(new ImportReport.RowError(row.line(), reference, messages));
            }
        }
        return valid;
    }

    public Uni<ImportReport> importCsv(String tenantId, String actor, String csv) {
        long started = System.nanoTime();
        CsvTable table = CsvTable.parse(csv == null ? "" : csv);
        if (!table.header().contains("external_reference") || !table.header().contains("last_name")) {
            throw new BadRequestException("The CSV needs a header line with at least external_reference and "
                    + "last_name (separator ; or ,).");
        }
        Set<String> known = new HashSet<>(CsvColumns.all());
        List<String> ignored = table.header().stream().filter(column -> !known.contains(column)).toList();
        List<ImportReport.RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ImportBatch.Counts counts = new ImportBatch.Counts();
        List<CsvTable.Row> rows = table.rows();
        Uni<Void> chain = Uni.createFrom().voidItem();
        // Read, validate and store one batch at a time, so the event loop is never held for the whole file.
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<CsvTable.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            chain = chain.chain(() -> {
                List<ImportRow> valid = validRows(batch, seen, errors);
                return valid.isEmpty() ? Uni.createFrom().voidItem()
                        : batches.apply(tenantId, actor, valid, counts);
            });
        }
        return chain.map(done -> {
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            int total = rows.size();
            return new ImportReport(total, counts.created, counts.updated, counts.unchanged, errors.size(), ignored,
                    errors, millis, Math.round(total * 1000.0 / millis * 10) / 10.0);
        });
    }
}
