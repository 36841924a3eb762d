package nl.nazorg.client.csv.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV text as a spreadsheet exports it (RFC 4180: quoted fields may hold separators, quotes and line breaks).
 * The separator is taken from the header line: {@code ;} (what Excel writes in a Dutch locale) or {@code ,}.
 * Columns are found by name, case-insensitive, in any order; unknown columns are reported, not ignored silently.
 */
public record CsvTable(char separator, List<String> header, List<Row> rows) {

    /** One data row: its line number in the file (1 = the header) and its values by lower-case column name. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.get(column);
        }
    }

    public static CsvTable parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's UTF-8 byte-order mark
        int firstLineEnd = content.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? content : content.substring(0, firstLineEnd);
        char separator = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        List<Record> records = records(content, separator);
        if (records.isEmpty()) {
            return new CsvTable(separator, List.of(), List.of());
        }
        List<String> header = records.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue; // spreadsheets often end with empty lines
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), i < record.fields().size() ? record.fields().get(i) : "");
            }
            rows.add(new Row(record.line(), values));
        }
        return new CsvTable(separator, header, rows);
    }

    private record Record(int line, List<String> fields) {
    }

    private static List<Record> records(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, fields));
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, fields));
        }
        return records;
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
