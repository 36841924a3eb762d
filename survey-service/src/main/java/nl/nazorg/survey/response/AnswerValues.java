package nl.nazorg.survey.response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads what a client typed, the way Dutch clients type it ("250.000", "3,5", "01-07-2031"). */
public final class AnswerValues {

    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{9,15}");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private AnswerValues() {
    }

    public static Optional<BigDecimal> number(String text) {
        String plain = text.replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(".", "");
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DUTCH_DATE}) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    public static Optional<Integer> nps(String text) {
        try {
            int score = Integer.parseInt(text.strip());
            return score >= 0 && score <= 10 ? Optional.of(score) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static boolean email(String text) {
        return text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    /** A phone number as digits, E.164 when it starts with '+'; spaces, dashes and brackets are allowed. */
    public static Optional<String> phone(String text) {
        String digits = text.replaceAll("[\\s()\\-.]", "");
        return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
