package nl.nazorg.campaign.survey;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/** A completed survey that answers one of our invitations: the "responded" figure of a survey campaign. */
@Entity
@Table(name = "survey_response", indexes = @Index(name = "survey_response_campaign", columnList = "campaignId"))
public class SurveyResponse extends PanacheEntityBase {

    @Id
    public String responseId;

    @Column(nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String clientId;

    public String surveyId;
    public String campaignId;
    public String sendId;
    public Integer npsScore;
    public Instant completedAt;
}
