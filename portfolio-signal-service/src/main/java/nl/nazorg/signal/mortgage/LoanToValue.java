package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/** Loan-to-value (LTV, verhouding lening/marktwaarde) = total outstanding debt / market value. */
public final class LoanToValue {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private LoanToValue() {
    }

    /** The ratio at full precision; empty without a (positive) market value, because then there is no LTV. */
    public static Optional<BigDecimal> of(BigDecimal totalOutstanding, BigDecimal marketValue) {
        Objects.requireNonNull(totalOutstanding, "total outstanding");
        if (marketValue == null || marketValue.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(totalOutstanding.divide(marketValue, Euro.MATH));
    }

    /** The ratio as a percentage with two decimals, for display ({@code 0.7512} gives {@code 75.12}). */
    public static BigDecimal asPercent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
