package nl.nazorg.client.profile.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A profile field the client changed themselves (e.g. a new e-mail address given in a survey), with its source and
 * the adviser who approved it (a contact-detail change is applied only on approval, see {@code ContactChange}). The
 * values are in the profile; this row is the evidence of where the change came from.
 */
@Entity
@Table(name = "profile_change", indexes = @Index(name = "profile_change_client", columnList = "tenant_id, client_id"))
public class ProfileChange extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "client_id", nullable = false)
    public String clientId;
    /** The {@code ProfileField} name, e.g. EMAIL. */
    @Column(nullable = false)
    public String field;
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
    /** The approved {@code ContactChange} this field was applied from. */
    @Column(name = "contact_change_id")
    public String contactChangeId;
    /** The adviser (token subject) who approved it. */
    @Column(name = "approved_by")
    public String approvedBy;
    /** When it was applied to the client file (the approval). */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
