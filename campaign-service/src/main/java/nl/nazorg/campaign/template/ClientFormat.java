package nl.nazorg.campaign.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, numbers and dates the way a client reads them: {@code € 1.234,56} and {@code 1 maart 2027} in Dutch. */
public final class ClientFormat {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final Locale locale;

    private ClientFormat(Locale locale) {
        this.locale = locale;
    }

    public static ClientFormat of(String language) {
        return new ClientFormat("en".equals(language) ? ENGLISH : DUTCH);
    }

    /** Euros with cents: {@code € 1.234,56}, {@code € -12,50}; English {@code €1,234.56}. */
    public String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        String figure = format.format(amount.setScale(2, RoundingMode.HALF_UP));
        return locale == DUTCH ? "€ " + figure : "€" + figure;
    }

    /** A plain number without needless decimals: {@code 3,45}, {@code 23}, {@code 1.500}. */
    public String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    /** {@code 1 maart 2027}; English {@code 1 March 2027}. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}
