package nl.nazorg.benchmarks.report;

import java.util.List;

/**
 * A table beside a scenario's figures, with numbers a tool can compare: e.g. the statements that cost a database
 * most, or the hops of the end-to-end path.
 *
 * @param title       what the table shows, one sentence
 * @param labelColumn the heading of the first column (the rows' labels)
 * @param columns     the headings of the number columns
 * @param rows        one label and one number per column each
 */
public record Table(String title, String labelColumn, List<Column> columns, List<Row> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** @param whole a count, shown without decimals */
    public record Column(String name, boolean whole) {

        public static Column of(String name) {
            return new Column(name, false);
        }

        public static Column count(String name) {
            return new Column(name, true);
        }
    }

    public record Row(String label, List<Double> values) {

        public Row {
            values = List.copyOf(values);
        }
    }
}
