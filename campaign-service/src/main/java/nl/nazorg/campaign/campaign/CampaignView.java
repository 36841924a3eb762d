package nl.nazorg.campaign.campaign;

import nl.nazorg.events.consent.MessageClass;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A campaign as the REST API shows it. */
public record CampaignView(UUID id, String name, CampaignKind kind, CampaignMode mode, CampaignState state,
                          List<String> signalTypes, String templateId, String variantBTemplateId,
                          Integer variantBPercent, MessageClass messageClass, Instant scheduledAt, String surveyId,
                          Instant createdAt) {

    public static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.id, campaign.name, campaign.kind, campaign.mode, campaign.state,
                campaign.signalTypes == null || campaign.signalTypes.isBlank() ? List.of()
                        : Arrays.asList(campaign.signalTypes.split(",")),
                campaign.templateId, campaign.variantBTemplateId, campaign.variantBPercent, campaign.messageClass,
                campaign.scheduledAt, campaign.surveyId, campaign.createdAt);
    }
}
