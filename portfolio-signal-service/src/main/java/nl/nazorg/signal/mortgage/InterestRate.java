package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;
import java.util.Objects;

/** Annual interest rates as percentages, and their monthly fraction {@code r}. */
public final class InterestRate {

    /** The lowest annual rate accepted, in percent: negative rates exist, below -1% is a data error. */
    public static final BigDecimal MINIMUM_PERCENT = new BigDecimal("-1");

    private static final BigDecimal PERCENT_PER_MONTH = new BigDecimal("1200");
    private static final Remembered<BigDecimal, BigDecimal> MONTHLY_FRACTIONS = new Remembered<>(
            annualPercent -> annualPercent.divide(PERCENT_PER_MONTH, Euro.MATH));

    private InterestRate() {
    }

    /** r = annual rate / 12, as a fraction ({@code 3.6} percent a year gives {@code 0.003}). */
    public static BigDecimal monthlyFraction(BigDecimal annualPercent) {
        return MONTHLY_FRACTIONS.of(requireAllowed(annualPercent));
    }

    /** Returns the rate when it is at least -1%, and refuses it otherwise. */
    public static BigDecimal requireAllowed(BigDecimal annualPercent) {
        Objects.requireNonNull(annualPercent, "annual rate");
        if (annualPercent.compareTo(MINIMUM_PERCENT) < 0) {
            throw new IllegalArgumentException("annual rate below -1%: " + annualPercent.toPlainString());
        }
        return annualPercent;
    }
}
