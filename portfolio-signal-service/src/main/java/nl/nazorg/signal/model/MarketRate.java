package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.util.Objects;
import nl.nazorg.signal.mortgage.InterestRate;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * One rate of a lender's table (rentetabel).
 *
 * @param fixedRatePeriodYears fixed-rate period in years (usually 1, 5, 10, 15, 20 or 30)
 * @param ratePercent annual rate in percent, at least -1
 */
public record MarketRate(int fixedRatePeriodYears, RiskClass riskClass, BigDecimal ratePercent) {

    public MarketRate {
        if (fixedRatePeriodYears <= 0) {
            throw new IllegalArgumentException("fixed-rate period must be positive: " + fixedRatePeriodYears);
        }
        Objects.requireNonNull(riskClass, "riskClass");
        InterestRate.requireAllowed(ratePercent);
    }
}
