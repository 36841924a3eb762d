package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * How figures read in explanations: Dutch money as {@code € 1.234,56}, English as {@code €1,234.56};
 * rates with at least two decimals ({@code 3,45%}); dates written out ({@code 1 maart 2027}).
 */
public final class Wording {

    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH_DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Wording() {
    }

    /** {@code € 1.234,56}. */
    public static String euroNl(BigDecimal amount) {
        return "€ " + grouped(amount, '.', ',');
    }

    /** {@code €1,234.56}. */
    public static String euroEn(BigDecimal amount) {
        return "€" + grouped(amount, ',', '.');
    }

    /** {@code 3,45%}: trailing zeros dropped, but never fewer than two decimals. */
    public static String rateNl(BigDecimal percent) {
        return rate(percent).replace('.', ',') + "%";
    }

    /** {@code 3.45%}. */
    public static String rateEn(BigDecimal percent) {
        return rate(percent) + "%";
    }

    public static String dateNl(LocalDate date) {
        return DUTCH_DATE.format(date);
    }

    public static String dateEn(LocalDate date) {
        return ENGLISH_DATE.format(date);
    }

    /** {@code 1 maand}, {@code 23 maanden}. */
    public static String monthsNl(long months) {
        return months + (months == 1 ? " maand" : " maanden");
    }

    /** {@code 1 month}, {@code 23 months}. */
    public static String monthsEn(long months) {
        return months + (months == 1 ? " month" : " months");
    }

    /** The risk class as an adviser says it: {@code NHG}, {@code ≤ 60%}, {@code > 100%}. */
    public static String riskClass(RiskClass riskClass) {
        return switch (riskClass) {
            case NHG -> "NHG";
            case LTV_60 -> "≤ 60%";
            case LTV_80 -> "≤ 80%";
            case LTV_90 -> "≤ 90%";
            case LTV_100 -> "≤ 100%";
            case ABOVE_100 -> "> 100%";
        };
    }

    private static String rate(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    private static String grouped(BigDecimal amount, char groupSeparator, char decimalSeparator) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        String plain = cents.abs().toPlainString();
        String whole = plain.substring(0, plain.length() - 3);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(groupSeparator);
            }
            out.append(whole.charAt(i));
        }
        String sign = cents.signum() < 0 ? "-" : "";
        return sign + out + decimalSeparator + plain.substring(plain.length() - 2);
    }
}
