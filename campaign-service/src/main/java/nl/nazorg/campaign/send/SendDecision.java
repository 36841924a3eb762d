package nl.nazorg.campaign.send;

import nl.nazorg.events.campaign.AdviserTaskReason;
import nl.nazorg.events.consent.LegalBasis;

/** What the rules before every send decided for one client. */
public record SendDecision(Outcome outcome, LegalBasis legalBasis, Suppression suppression, AdviserTaskReason taskReason) {

    public enum Outcome { SEND, AWAIT_APPROVAL, AWAIT_PROFILE, TASK, SUPPRESS }

    public static SendDecision send(LegalBasis basis) {
        return new SendDecision(Outcome.SEND, basis, null, null);
    }

    public static SendDecision awaitApproval(LegalBasis basis) {
        return new SendDecision(Outcome.AWAIT_APPROVAL, basis, null, null);
    }

    /** Nothing can be decided before the client's profile is known; the send waits for it. */
    public static SendDecision awaitProfile() {
        return new SendDecision(Outcome.AWAIT_PROFILE, null, null, null);
    }

    public static SendDecision task(AdviserTaskReason reason) {
        return new SendDecision(Outcome.TASK, null, null, reason);
    }

    public static SendDecision suppress(Suppression reason) {
        return new SendDecision(Outcome.SUPPRESS, null, reason, null);
    }
}
