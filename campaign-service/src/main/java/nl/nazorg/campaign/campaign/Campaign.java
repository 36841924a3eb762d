package nl.nazorg.campaign.campaign;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import nl.nazorg.events.consent.MessageClass;

import java.time.Instant;
import java.util.UUID;

/** A campaign of one firm (tenant): who gets which template, when. */
@Entity
@Table(name = "campaign", indexes = @Index(name = "campaign_tenant", columnList = "tenantId,kind,state"))
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignKind kind;

    @Enumerated(EnumType.STRING)
    public CampaignMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignState state;

    /** Triggered: the signal types, comma-separated. Selection: the open signal types a client must have. */
    public String signalTypes;

    /** Variant A (or the only template). */
    @Column(nullable = false)
    public String templateId;

    /** Variant B of an A/B split; null without a split. */
    public String variantBTemplateId;

    /** Share of clients, in percent, that get variant B. */
    public Integer variantBPercent;

    /** Selection and survey campaigns; triggered campaigns take the class of the signal. */
    @Enumerated(EnumType.STRING)
    public MessageClass messageClass;

    /** Profile filters of a selection, as JSON ({@code SelectionFilter}). */
    @Column(columnDefinition = "text")
    public String filterJson;

    public Instant scheduledAt;

    public String surveyId;

    @Column(nullable = false)
    public Instant createdAt;

    public String createdBy;

    public boolean triggeredBy(String signalType) {
        if (signalTypes == null) {
            return false;
        }
        for (String type : signalTypes.split(",")) {
            if (type.trim().equals(signalType)) {
                return true;
            }
        }
        return false;
    }
}
