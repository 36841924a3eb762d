package nl.nazorg.campaign.send;

import nl.nazorg.events.campaign.AdviserTaskReason;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;

import java.util.Optional;

/**
 * The rules before every send (DESIGN.md §3, §5), in this order: a client whose profile is not known yet waits for it
 * (the profile topic may lag the signal topic; the rules run again when it arrives); arrears route to a person;
 * marketing needs consent, no unsubscribe, no open arrears; PHONE/LETTER clients get an adviser task; the frequency
 * cap applies to marketing; REVIEW campaigns wait for approval. Service messages (about a product the client has) go
 * on the contract.
 */
public final class SendPolicy {

    private SendPolicy() {
    }

    public static SendDecision decide(SendFacts facts) {
        if (!facts.profileKnown()) {
            return SendDecision.awaitProfile();
        }
        if (facts.signalType() == SignalType.PAYMENT_ARREARS) {
            return SendDecision.task(AdviserTaskReason.PAYMENT_ARREARS);
        }
        boolean marketing = facts.messageClass() == MessageClass.MARKETING;
        if (marketing) {
            Optional<Suppression> refused = marketingRefused(facts.unsubscribed(), facts.marketingConsent(),
                    facts.openArrears());
            if (refused.isPresent()) {
                return SendDecision.suppress(refused.get());
            }
        }
        if (facts.preferredChannel() == ContactChannel.PHONE) {
            return SendDecision.task(AdviserTaskReason.PHONE_PREFERRED);
        }
        if (facts.preferredChannel() == ContactChannel.LETTER) {
            return SendDecision.task(AdviserTaskReason.LETTER_PREFERRED);
        }
        if (!facts.hasEmail()) {
            return SendDecision.task(AdviserTaskReason.NO_EMAIL_ADDRESS);
        }
        if (marketing && facts.marketingSentInWindow() >= facts.frequencyCap()) {
            return SendDecision.suppress(Suppression.FREQUENCY_CAP);
        }
        LegalBasis basis = marketing ? facts.marketingLegalBasis() : LegalBasis.CONTRACT;
        return facts.reviewMode() ? SendDecision.awaitApproval(basis) : SendDecision.send(basis);
    }

    /**
     * Why a marketing e-mail may not go to this client, in the rules' order: unsubscribed, no consent, open arrears.
     * Checked when the send is planned and again when it is claimed, since each may change in between.
     */
    public static Optional<Suppression> marketingRefused(boolean unsubscribed, boolean marketingConsent,
                                                         boolean openArrears) {
        if (unsubscribed) {
            return Optional.of(Suppression.UNSUBSCRIBED);
        }
        if (!marketingConsent) {
            return Optional.of(Suppression.NO_CONSENT);
        }
        return openArrears ? Optional.of(Suppression.PAYMENT_ARREARS) : Optional.empty();
    }
}
