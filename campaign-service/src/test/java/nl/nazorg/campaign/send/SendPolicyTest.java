package nl.nazorg.campaign.send;

import nl.nazorg.events.campaign.AdviserTaskReason;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendPolicyTest {

    static SendFacts marketing() {
        return new SendFacts(true, true, ContactChannel.EMAIL, SignalType.REFINANCE_SAVING, MessageClass.MARKETING,
                false, true, LegalBasis.CONSENT, false, 0, 2, false);
    }

    static SendFacts with(SendFacts f, boolean unsubscribed, boolean consent, boolean arrears, long sent) {
        return new SendFacts(f.profileKnown(), f.hasEmail(), f.preferredChannel(), f.signalType(), f.messageClass(),
                unsubscribed, consent, f.marketingLegalBasis(), arrears, sent, f.frequencyCap(), f.reviewMode());
    }

    @Test
    void marketingWithConsentIsSentOnTheConsent() {
        assertThat(SendPolicy.decide(marketing())).isEqualTo(SendDecision.send(LegalBasis.CONSENT));
    }

    @Test
    void marketingIsSuppressedForEachReason() {
        assertThat(SendPolicy.decide(with(marketing(), true, true, false, 0)).suppression()).isEqualTo(Suppression.UNSUBSCRIBED);
        assertThat(SendPolicy.decide(with(marketing(), false, false, false, 0)).suppression()).isEqualTo(Suppression.NO_CONSENT);
        assertThat(SendPolicy.decide(with(marketing(), false, true, true, 0)).suppression()).isEqualTo(Suppression.PAYMENT_ARREARS);
        assertThat(SendPolicy.decide(with(marketing(), false, true, false, 2)).suppression()).isEqualTo(Suppression.FREQUENCY_CAP);
        assertThat(SendPolicy.decide(with(marketing(), false, true, false, 1)).outcome()).isEqualTo(SendDecision.Outcome.SEND);
    }

    @Test
    void serviceMessagesGoOnTheContractWhateverTheMarketingState() {
        SendFacts service = new SendFacts(true, true, ContactChannel.EMAIL, SignalType.FIXED_RATE_ENDING, MessageClass.SERVICE,
                true, false, null, true, 9, 2, false);
        assertThat(SendPolicy.decide(service)).isEqualTo(SendDecision.send(LegalBasis.CONTRACT));
    }

    @Test
    void arrearsPhoneLetterAndNoAddressGoToAnAdviser() {
        SendFacts arrears = new SendFacts(true, true, ContactChannel.EMAIL, SignalType.PAYMENT_ARREARS, MessageClass.SERVICE,
                false, false, null, true, 0, 2, false);
        assertThat(SendPolicy.decide(arrears).taskReason()).isEqualTo(AdviserTaskReason.PAYMENT_ARREARS);
        SendFacts phone = new SendFacts(true, true, ContactChannel.PHONE, SignalType.FIXED_RATE_ENDING, MessageClass.SERVICE,
                false, false, null, false, 0, 2, false);
        assertThat(SendPolicy.decide(phone).taskReason()).isEqualTo(AdviserTaskReason.PHONE_PREFERRED);
        SendFacts letter = new SendFacts(true, true, ContactChannel.LETTER, SignalType.FIXED_RATE_ENDING, MessageClass.SERVICE,
                false, false, null, false, 0, 2, false);
        assertThat(SendPolicy.decide(letter).taskReason()).isEqualTo(AdviserTaskReason.LETTER_PREFERRED);
        SendFacts noAddress = new SendFacts(true, false, ContactChannel.EMAIL, SignalType.FIXED_RATE_ENDING, MessageClass.SERVICE,
                false, false, null, false, 0, 2, false);
        assertThat(SendPolicy.decide(noAddress).taskReason()).isEqualTo(AdviserTaskReason.NO_EMAIL_ADDRESS);
    }

    @Test
    void reviewModeWaitsForApproval() {
        SendFacts review = new SendFacts(true, true, ContactChannel.EMAIL, SignalType.FIXED_RATE_ENDING, MessageClass.SERVICE,
                false, false, null, false, 0, 2, true);
        assertThat(SendPolicy.decide(review)).isEqualTo(SendDecision.awaitApproval(LegalBasis.CONTRACT));
    }

    @Test
    void aClientWhoseProfileIsNotKnownYetWaitsForItWhateverElseHolds() {
        SendFacts service = new SendFacts(false, false, null, SignalType.FIXED_RATE_ENDING, MessageClass.SERVICE,
                false, false, null, false, 0, 2, false);
        assertThat(SendPolicy.decide(service)).isEqualTo(SendDecision.awaitProfile());
        SendFacts arrears = new SendFacts(false, false, null, SignalType.PAYMENT_ARREARS, MessageClass.SERVICE,
                false, false, null, true, 0, 2, true);
        assertThat(SendPolicy.decide(arrears).outcome()).isEqualTo(SendDecision.Outcome.AWAIT_PROFILE);
        SendFacts marketing = new SendFacts(false, false, null, SignalType.REFINANCE_SAVING, MessageClass.MARKETING,
                true, false, null, true, 5, 2, false);
        assertThat(SendPolicy.decide(marketing)).isEqualTo(SendDecision.awaitProfile());
    }
}
