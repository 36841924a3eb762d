package nl.nazorg.survey.invitation;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import nl.nazorg.security.link.SurveyLink;

/**
 * A survey invitation campaign-service sent (uitnodiging), learned from EmailSent: the denominator of rates, and what
 * a personal link must belong to before its page opens.
 */
@Entity
@Table(name = "invitation", indexes = @Index(name = "invitation_campaign", columnList = "tenant_id, campaign_id"))
public class Invitation extends PanacheEntityBase {

    /** tenant id + "|" + send id: one row per send, whatever the delivery count. */
    @Id
    @Column(length = 210)
    public String id;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    @Column(name = "send_id", nullable = false, length = 100)
    public String sendId;

    @Column(name = "campaign_id", length = 100)
    public String campaignId;

    @Column(name = "survey_id", nullable = false, length = 100)
    public String surveyId;

    @Column(name = "client_id", nullable = false, length = 100)
    public String clientId;

    @Column(name = "sent_at")
    public Instant sentAt;

    public static String idOf(String tenantId, String sendId) {
        return tenantId + "|" + sendId;
    }

    /** Whether the link names this invitation: the same firm, send, client, survey and campaign. */
    public boolean isFor(SurveyLink link) {
        return tenantId.equals(link.tenantId()) && sendId.equals(link.sendId()) && clientId.equals(link.clientId())
                && surveyId.equals(link.surveyId()) && Objects.equals(campaignId, link.campaignId());
    }
}
