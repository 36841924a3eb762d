package nl.nazorg.signal.model;

import java.math.BigDecimal;
import nl.nazorg.signal.mortgage.RiskClass;

/** A rate on offer today: which lender, for which fixed-rate period and risk class. */
public record RateOffer(String lender, int fixedRatePeriodYears, RiskClass riskClass, BigDecimal ratePercent) {
}
