package nl.nazorg.client.csv.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.nazorg.client.profile.service.PhoneNumbers;
import nl.nazorg.client.profile.service.Text;

/**
 * Reads the cells of one row the way Dutch spreadsheets write them, collecting an error per unreadable cell (by
 * column name, never echoing the value): amounts {@code 1234.56}, {@code 1234,56} or {@code 1.234,56}, optionally with
 * {@code €} or {@code %}; dates ISO {@code 2026-03-02} or Dutch {@code 2-3-2026}; yes/no as ja/nee, true/false, 1/0.
 */
public final class CsvCells {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "true", "1", "waar");
    private static final Set<String> NO = Set.of("nee", "n", "no", "false", "0", "onwaar");

    private final CsvTable.Row row;
    private final List<String> errors = new ArrayList<>();

    public CsvCells(CsvTable.Row row) {
        this.row = row;
    }

    public List<String> errors() {
        return errors;
    }

    public void error(String column, String message) {
        errors.add(column + ": " + message);
    }

    /** The cell's text, trimmed, null when blank; the export's formula escape removed (FormulaEscape). */
    public String text(String column) {
        String value = Text.clean(row.get(column));
        return value == null ? null : Text.clean(FormulaEscape.unescaped(value));
    }

    public boolean has(String column) {
        return text(column) != null;
    }

    public BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String number = value.replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "");
        if (number.contains(",") && number.contains(".")) {
            number = number.replace(".", "").replace(',', '.');
        } else {
            number = number.replace(',', '.');
        }
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            error(column, "not a number");
            return null;
        }
    }

    public Integer integer(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            error(column, "not a whole number");
            return null;
        }
    }

    public LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 && value.charAt(4) == '-' ? LocalDate.parse(value)
                    : LocalDate.parse(value, DUTCH_DATE);
        } catch (DateTimeParseException e) {
            error(column, "not a date (use 2026-03-02 or 2-3-2026)");
            return null;
        }
    }

    public boolean bool(String column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return true;
        }
        if (!NO.contains(lower)) {
            error(column, "not yes/no (ja/nee, true/false, 1/0)");
        }
        return false;
    }

    public <E extends Enum<E>> E enumeration(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            error(column, "not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /** E.164 when the number can be read as one; else the text as given, which validation then refuses. */
    public String phone(String column) {
        String value = text(column);
        return value == null ? null : PhoneNumbers.normalized(value).orElse(value);
    }
}
