package nl.nazorg.events.consent;

import java.time.Instant;

/**
 * Where the client stands on marketing e-mail (toestemming voor commerciële e-mail). Service messages do not need it.
 *
 * @param status      the current standing; absent on the wire means {@link ConsentStatus#NOT_GIVEN}
 * @param legalBasis  what the standing rests on: {@link LegalBasis#CONSENT} for an opt-in,
 *                    {@link LegalBasis#EXISTING_CUSTOMER} for a soft opt-in; absent when nothing allows marketing
 * @param since       when the status took effect (the opt-in or the withdrawal moment); absent for NOT_GIVEN
 * @param source      where the status came from, as a short code, never free text: e.g. {@code intake-form},
 *                    {@code adviser}, {@code unsubscribe-one-click}, {@code unsubscribe-page}, {@code survey}
 */
public record MarketingEmailConsent(ConsentStatus status, LegalBasis legalBasis, Instant since, String source) {

    public MarketingEmailConsent {
        if (status == null) {
            status = ConsentStatus.NOT_GIVEN;
        }
    }

    /** No consent known: marketing e-mail is not allowed. */
    public static MarketingEmailConsent notGiven() {
        return new MarketingEmailConsent(ConsentStatus.NOT_GIVEN, null, null, null);
    }
}
