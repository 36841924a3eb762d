package nl.nazorg.client.contactchange.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * Contact details a client asked to change (wijziging contactgegevens), e.g. a new e-mail address given in a survey,
 * waiting for an adviser's approval. A survey link is a bearer token sitting in an inbox: applying an address change
 * unconfirmed would let whoever holds the link take the client's correspondence over. The client file changes only
 * when an adviser approves ({@link ContactChangeStatus}).
 */
@Entity
@Table(name = "contact_change", indexes = {
        @Index(name = "contact_change_worklist", columnList = "tenant_id, status, received_at"),
        @Index(name = "contact_change_client", columnList = "tenant_id, client_id")})
public class ContactChange extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;
    @Column(name = "client_id", nullable = false)
    public String clientId;
    /** The requested fields, {@code ProfileField} names in contract order, e.g. {@code EMAIL,PHONE}. */
    @Column(nullable = false)
    public String fields;
    /**
     * The requested values by field as JSON ({@link RequestedValues}); cleared once decided: an approved value lives
     * in the client file, a rejected one is personal data nobody needs any more.
     */
    @Column(name = "requested_values", columnDefinition = "text")
    public String requestedValuesJson;
    /** e.g. {@code survey}. */
    @Column(nullable = false)
    public String source;
    @Column(name = "survey_id")
    public String surveyId;
    @Column(name = "response_id")
    public String responseId;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ContactChangeStatus status;
    /** The adviser (token subject) who approved or rejected it. */
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean pending() {
        return status == ContactChangeStatus.PENDING;
    }

    /** Records the adviser's decision and forgets the values (see {@link #requestedValuesJson}). */
    public void decide(ContactChangeStatus decision, String adviserId, Instant at) {
        status = decision;
        decidedBy = adviserId;
        decidedAt = at;
        requestedValuesJson = null;
    }
}
