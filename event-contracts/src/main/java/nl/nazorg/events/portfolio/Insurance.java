package nl.nazorg.events.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An insurance policy (verzekering) of the client.
 *
 * @param insuranceId     id of the insurance, unique within the client's portfolio
 * @param type            the kind of insurance
 * @param insurer         the insurer's code (verzekeraar), e.g. {@code NN}
 * @param policyNumber    the insurer's policy number (polisnummer), when known
 * @param coverage        the insured sum (verzekerd bedrag) in euros, e.g. the ORV payout; absent for kinds without
 *                        one (contents, travel …)
 * @param monthlyPremium  the gross premium per month (maandpremie) in euros; a yearly premium is divided by 12
 * @param startDate       the start date (ingangsdatum)
 * @param endDate         the end date (einddatum); absent while it runs until cancelled
 */
public record Insurance(
        String insuranceId,
        InsuranceType type,
        String insurer,
        String policyNumber,
        BigDecimal coverage,
        BigDecimal monthlyPremium,
        LocalDate startDate,
        LocalDate endDate) {
}
