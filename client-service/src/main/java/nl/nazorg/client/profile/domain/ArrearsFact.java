package nl.nazorg.client.profile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment-arrears fact (betalingsachterstand) as stored: the contract's fields plus an id, so that the adviser can
 * mark this one resolved later.
 */
public record ArrearsFact(String arrearsId, LocalDate missedPaymentDate, BigDecimal amount, boolean resolved,
                          LocalDate resolvedDate, String reportedBy, String mortgageId, Instant recordedAt) {

    public ArrearsFact resolvedOn(LocalDate date) {
        return new ArrearsFact(arrearsId, missedPaymentDate, amount, true, date, reportedBy, mortgageId, recordedAt);
    }
}
