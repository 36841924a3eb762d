package nl.nazorg.client.consent.rest;

import java.time.Instant;

import nl.nazorg.client.consent.domain.ConsentChange;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;

/** One entry of the consent history, as evidence: what, on which basis, from where, by whom, when. */
public record ConsentChangeView(ConsentStatus status, LegalBasis legalBasis, String source, String recordedBy,
                                Instant effectiveAt, Instant recordedAt, String reference,
                                SoftOptInConditions softOptIn) {

    public static ConsentChangeView of(ConsentChange change) {
        SoftOptInConditions conditions = change.saleDate == null ? null : new SoftOptInConditions(
                Boolean.TRUE.equals(change.contactDetailsObtainedInSale), change.saleDate,
                Boolean.TRUE.equals(change.similarProductsOnly),
                Boolean.TRUE.equals(change.objectionOfferedAtCollection));
        return new ConsentChangeView(change.status, change.legalBasis, change.source, change.recordedBy,
                change.effectiveAt, change.recordedAt, change.reference, conditions);
    }
}
