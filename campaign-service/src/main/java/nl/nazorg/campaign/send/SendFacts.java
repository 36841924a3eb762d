package nl.nazorg.campaign.send;

import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;

/**
 * Everything the send rules look at, gathered beforehand so that the rules are plain Java.
 *
 * @param marketingSentInWindow MARKETING e-mails to this client (sent or on their way) within the cap's window
 */
public record SendFacts(boolean profileKnown, boolean hasEmail, ContactChannel preferredChannel, SignalType signalType,
                        MessageClass messageClass, boolean unsubscribed, boolean marketingConsent,
                        LegalBasis marketingLegalBasis, boolean openArrears, long marketingSentInWindow,
                        int frequencyCap, boolean reviewMode) {
}
