package nl.nazorg.client.csv.format;

/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and,
 * in some, a tab or carriage return before one) as a formula. The export prefixes such a text cell with a single quote,
 * which a spreadsheet shows as text and does not display; the import strips that quote again, so an export imports
 * unchanged.
 * <p>
 * Only free text is escaped (names, addresses, e-mail, phone, codes). Typed cells (amounts, rates, dates, yes/no, enum
 * values) are written by the service from typed values and cannot hold a formula; a negative interest rate such as
 * {@code -0.500} must stay a number for the spreadsheet, so it is never escaped.
 */
public final class FormulaEscape {

    private static final char QUOTE = '\'';

    private FormulaEscape() {
    }

    /**
     * The text as a safe cell. Text that already starts with quotes before a formula character gets one more, so that
     * the import, which strips one, gives back exactly the text.
     */
    public static String escaped(String text) {
        return formulaLike(text) ? QUOTE + text : text;
    }

    /** The cell as the export meant it: one escaping quote before a formula character removed. */
    public static String unescaped(String cell) {
        return cell.length() > 1 && cell.charAt(0) == QUOTE && formulaLike(cell.substring(1)) ? cell.substring(1)
                : cell;
    }

    private static boolean formulaLike(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == QUOTE) {
            start++;
        }
        return start < text.length() && "=+-@\t\r".indexOf(text.charAt(start)) >= 0;
    }
}
