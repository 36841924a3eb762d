package nl.nazorg.client.profile.service;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers to E.164, the form the contracts require ({@code +31612345678}). Accepts what Dutch spreadsheets and
 * forms hold: spaces, dashes, dots and brackets, {@code 06…}/{@code 020…} (national, +31 added), {@code 0031…}.
 */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

    private PhoneNumbers() {
    }

    /** The number in E.164 form, or empty when it cannot be read as a phone number. */
    public static Optional<String> normalized(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "+31" + digits.substring(1);
        }
        return E164.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
