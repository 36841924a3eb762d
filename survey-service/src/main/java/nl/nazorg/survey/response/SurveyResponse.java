package nl.nazorg.survey.response;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A client's response (antwoorden) to one personal link: a draft while saved, final once submitted. It answers the
 * survey version that was current when it was first saved.
 */
@Entity
@Table(name = "survey_response",
        uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "link_key"}),
        indexes = {
                @Index(name = "survey_response_submitted", columnList = "tenant_id, survey_id, submitted_at"),
                @Index(name = "survey_response_client", columnList = "tenant_id, client_id")})
public class SurveyResponse extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    @Column(name = "client_id", nullable = false, length = 100)
    public String clientId;

    @Column(name = "survey_id", nullable = false, length = 64)
    public String surveyId;

    @Column(name = "survey_version", nullable = false)
    public int surveyVersion;

    @Column(name = "campaign_id", length = 100)
    public String campaignId;

    @Column(name = "send_id", length = 100)
    public String sendId;

    /** {@code SurveyLink.linkKey()}: one response per personal link. */
    @Column(name = "link_key", nullable = false, length = 400)
    public String linkKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ResponseStatus status;

    /** The answers as the form gave them: question id → values (JSON). */
    @Column(nullable = false, columnDefinition = "text")
    public String answers;

    @Column(name = "nps_score")
    public Integer npsScore;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
