package nl.nazorg.events.market;

import java.math.BigDecimal;

import nl.nazorg.events.portfolio.RiskClass;

/**
 * One rate a lender offers (hypotheekrente): for one fixed-rate period and one risk class.
 *
 * @param fixedRatePeriodYears the fixed-rate period (rentevastperiode) in whole years: usually 1, 5, 10, 15, 20 or 30;
 *                             0 means a variable rate (variabele rente)
 * @param riskClass            the risk class (risicoklasse) the rate applies to
 * @param rate                 the annual rate as a PERCENTAGE with up to three decimals: {@code 3.450} means 3.45%
 */
public record MarketRate(int fixedRatePeriodYears, RiskClass riskClass, BigDecimal rate) {
}
