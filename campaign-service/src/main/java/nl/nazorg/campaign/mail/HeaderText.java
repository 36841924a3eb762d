package nl.nazorg.campaign.mail;

import java.util.regex.Pattern;

/**
 * Text that becomes part of a mail header (subject, sender name): no CR, LF or other control character may survive,
 * so nothing a client or adviser typed can start a header of its own (DESIGN.md §8).
 */
public final class HeaderText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\",;:()\\[\\]\\\\]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final int MAX_LENGTH = 250;

    private HeaderText() {
    }

    /** Control characters become one space; the result is trimmed and at most 250 characters. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = CONTROL.matcher(text).replaceAll(" ").replaceAll(" {2,}", " ").trim();
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }

    /** A bare address that is safe to put in To/From. */
    public static boolean isSafeAddress(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    /** {@code "Name" <address>} with the name cleaned and its quotes and backslashes removed. */
    public static String mailbox(String name, String address) {
        String display = clean(name).replace("\"", "").replace("\\", "");
        return display.isEmpty() ? address : "\"" + display + "\" <" + address + ">";
    }
}
