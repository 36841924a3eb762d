package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An insurance policy (verzekering) of the client.
 *
 * @param coverage insured amount (verzekerd bedrag); null when not applicable or unknown
 * @param monthlyPremium monthly premium (maandpremie); null when unknown
 * @param endDate last day of cover; null while it runs on
 */
public record Insurance(
        String insuranceId,
        InsuranceType type,
        String insurer,
        BigDecimal coverage,
        BigDecimal monthlyPremium,
        LocalDate endDate) {

    public Insurance {
        Objects.requireNonNull(insuranceId, "insuranceId");
        Objects.requireNonNull(type, "type");
    }

    /** Whether the policy still covers on {@code day}. */
    public boolean isActiveOn(LocalDate day) {
        return endDate == null || !endDate.isBefore(day);
    }
}
