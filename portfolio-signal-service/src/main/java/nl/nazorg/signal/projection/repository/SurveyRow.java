package nl.nazorg.signal.projection.repository;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the client's survey answers (survey-responses.v1) tell the rules: the wishes of the latest response
 * (a later scan replaces them, so a dropped wish resolves) and the latest NPS answer (kept when a later survey
 * asks no NPS question).
 */
@Entity
@Table(name = "client_survey")
public class SurveyRow extends PanacheEntityBase {

    @Id
    @Column(name = "client_id", length = 100)
    public String clientId;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    /** Comma-separated wish codes of the latest response (empty: none). */
    @Column(name = "wishes", columnDefinition = "text")
    public String wishes;

    @Column(name = "wishes_response_id", length = 100)
    public String wishesResponseId;

    @Column(name = "wishes_completed_at")
    public Instant wishesCompletedAt;

    @Column(name = "nps_score")
    public Integer npsScore;

    @Column(name = "nps_response_id", length = 100)
    public String npsResponseId;

    @Column(name = "nps_completed_at")
    public Instant npsCompletedAt;

    @Column(name = "nps_answered_on")
    public LocalDate npsAnsweredOn;

    @Column(name = "wishes_stated_on")
    public LocalDate wishesStatedOn;
}
