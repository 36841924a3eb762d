package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A missed payment (betalingsachterstand) reported by a partner (lender, insurer).
 *
 * @param reportedOn the date the partner reported it
 * @param amount the amount in arrears; null when not reported
 * @param resolved whether the partner reported it as paid or settled
 */
public record PaymentArrear(LocalDate reportedOn, BigDecimal amount, boolean resolved) {

    public PaymentArrear {
        Objects.requireNonNull(reportedOn, "reportedOn");
    }
}
