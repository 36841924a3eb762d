package nl.nazorg.events.client;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A missed payment (betalingsachterstand) reported by a partner, usually the lender. While an unresolved one lies in
 * the last three months, every MARKETING message to the client is suppressed and the client is routed to a person.
 *
 * @param missedPaymentDate the due date of the payment that was missed (Europe/Amsterdam date)
 * @param amount            the amount in arrears, in euros
 * @param resolved          whether the arrears have been paid or otherwise settled
 * @param resolvedDate      when they were settled; absent while unresolved
 * @param reportedBy        the code of the partner that reported it, e.g. a lender code; absent when entered by hand
 * @param mortgageId        the mortgage the arrears concern, when known
 */
public record PaymentArrears(LocalDate missedPaymentDate, BigDecimal amount, boolean resolved, LocalDate resolvedDate,
                             String reportedBy, String mortgageId) {
}
