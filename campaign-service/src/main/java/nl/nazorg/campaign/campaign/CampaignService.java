package nl.nazorg.campaign.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import nl.nazorg.campaign.template.TemplateStore;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Campaign definitions of one firm: create, read, pause and resume. */
@ApplicationScoped
public class CampaignService {

    @Inject
    TemplateStore templates;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Campaign> create(String tenantId, String adviserId, CampaignRequest request) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.tenantId = tenantId;
        campaign.name = request.name();
        campaign.kind = request.kind();
        campaign.templateId = request.templateId();
        campaign.variantBTemplateId = request.variantBTemplateId();
        campaign.createdAt = clock.instant();
        campaign.createdBy = adviserId;
        if (request.kind() == CampaignKind.TRIGGERED) {
            if (request.signalTypes() == null || request.signalTypes().isEmpty()
                    || request.signalTypes().contains(SignalType.UNKNOWN)) {
                throw new BadRequestException("signalTypes: a triggered campaign needs at least one known signal type");
            }
            campaign.mode = request.mode() == null ? CampaignMode.AUTO : request.mode();
            campaign.signalTypes = request.signalTypes().stream().map(Enum::name).distinct().collect(Collectors.joining(","));
            campaign.state = CampaignState.ACTIVE;
        } else {
            if (request.kind() == CampaignKind.SURVEY && (request.surveyId() == null || request.surveyId().isBlank())) {
                throw new BadRequestException("surveyId: a survey campaign needs the survey to invite to");
            }
            if (request.messageClass() == MessageClass.SERVICE && request.kind() == CampaignKind.SELECTION
                    && (request.selection() == null || request.selection().openSignalTypes() == null
                    || request.selection().openSignalTypes().isEmpty())) {
                throw new BadRequestException("messageClass: SERVICE needs a selection restricted to open signal types;"
                        + " a client's e-mail is a service message only about a service situation of that client");
            }
            campaign.mode = CampaignMode.AUTO;
            campaign.messageClass = request.messageClass() == null ? MessageClass.MARKETING : request.messageClass();
            campaign.surveyId = request.surveyId();
            campaign.scheduledAt = request.scheduledAt();
            campaign.state = CampaignState.ACTIVE;
            try {
                campaign.filterJson = json.writeValueAsString(request.selection() == null ? SelectionFilter.EVERYONE : request.selection());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        if (request.variantBTemplateId() != null) {
            if (request.variantBPercent() == null) {
                throw new BadRequestException("variantBPercent: an A/B split needs the share of variant B");
            }
            campaign.variantBPercent = request.variantBPercent();
        }
        return requireTemplate(tenantId, request.templateId(), "templateId")
                .chain(() -> request.variantBTemplateId() == null ? Uni.createFrom().voidItem()
                        : requireTemplate(tenantId, request.variantBTemplateId(), "variantBTemplateId"))
                .chain(() -> campaign.persist());
    }

    @WithSession
    public Uni<Campaign> find(String tenantId, UUID id) {
        return Campaign.<Campaign>findById(id).map(campaign -> {
            if (campaign == null || !campaign.tenantId.equals(tenantId)) {
                throw new NotFoundException();
            }
            return campaign;
        });
    }

    @WithSession
    public Uni<List<Campaign>> list(String tenantId, int page, int size) {
        return Campaign.<Campaign>find("tenantId = ?1 order by createdAt desc", tenantId).page(page, size).list();
    }

    @WithTransaction
    public Uni<Campaign> changeState(String tenantId, UUID id, CampaignState state) {
        return find(tenantId, id).invoke(campaign -> campaign.state = state);
    }

    private Uni<Void> requireTemplate(String tenantId, String templateId, String field) {
        return templates.exists(tenantId, templateId).invoke(exists -> {
            if (!exists) {
                throw new BadRequestException(field + ": no such template");
            }
        }).replaceWithVoid();
    }
}
