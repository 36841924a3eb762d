package nl.nazorg.client.contactchange.domain;

/** Where a requested contact-detail change stands on the adviser's worklist. */
public enum ContactChangeStatus {
    /** Received, not yet decided: the client file still has the old details. */
    PENDING,
    /** An adviser confirmed it with the client; the details were applied to the client file. */
    APPROVED,
    /** An adviser refused it; the client file was left as it was. */
    REJECTED
}
