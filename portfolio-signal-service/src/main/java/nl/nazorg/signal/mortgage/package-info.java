/**
 * Mortgage arithmetic (hypotheekrekenen) in plain Java: monthly payments per repayment type,
 * monthly saving at a new rate, prepayment fee estimate (boeterente), break-even months,
 * remaining months, loan-to-value and risk class.
 *
 * <p>All intermediate figures are computed with {@link java.math.MathContext#DECIMAL128}; amounts are
 * rounded to the cent (HALF_UP) only at the end, by the methods that say so. Rates are annual
 * percentages ({@code 3.450} means 3.45% a year), allowed down to -1%.
 */
package nl.nazorg.signal.mortgage;
