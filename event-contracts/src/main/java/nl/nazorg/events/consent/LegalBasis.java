package nl.nazorg.events.consent;

/**
 * The legal basis (rechtsgrond) on which a message is sent or a consent rests. Every send records one, so that the
 * firm can show the AFM and the Autoriteit Persoonsgegevens why a client got a message.
 */
public enum LegalBasis {

    /** Explicit consent (toestemming): AVG art. 6(1)(a), Telecommunicatiewet art. 11.7(1). */
    CONSENT,

    /** Existing-customer relationship, soft opt-in (bestaande klantrelatie): Telecommunicatiewet art. 11.7(3). */
    EXISTING_CUSTOMER,

    /** Needed to perform the contract with the client (uitvoering van de overeenkomst): AVG art. 6(1)(b). */
    CONTRACT,

    /** A legal obligation of the firm, e.g. its duty of care (zorgplicht): AVG art. 6(1)(c). */
    LEGAL_OBLIGATION,

    /** The firm's legitimate interest (gerechtvaardigd belang): AVG art. 6(1)(f). */
    LEGITIMATE_INTEREST
}
