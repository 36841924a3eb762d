package nl.nazorg.campaign.selection;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.CampaignKind;
import nl.nazorg.campaign.campaign.CampaignService;
import nl.nazorg.campaign.campaign.CampaignState;
import nl.nazorg.campaign.campaign.CampaignView;
import nl.nazorg.campaign.mail.MailDispatcher;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

import java.time.Clock;
import java.util.UUID;

/** Selection and survey campaigns: preview, then launch now or at the scheduled time. */
@Path("/api/v1/campaigns/{id}")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SelectionResource {

    /** The outcome of a launch: planned now, or scheduled. */
    public record Launch(CampaignView campaign, int planned) {
    }

    @Inject
    CallerTenant caller;

    @Inject
    CampaignService campaigns;

    @Inject
    SelectionPreview previews;

    @Inject
    SelectionLauncher launcher;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    Clock clock;

    @POST
    @Path("preview")
    public Uni<Preview> preview(@PathParam("id") UUID id,
                                @QueryParam("sample") @DefaultValue("3") @Min(0) @Max(20) int sample) {
        return selection(id).chain(campaign -> previews.preview(campaign, sample));
    }

    @POST
    @Path("launch")
    public Uni<Launch> launch(@PathParam("id") UUID id) {
        return selection(id).chain(campaign -> {
            if (campaign.state == CampaignState.LAUNCHED) {
                return Uni.createFrom().item(new Launch(CampaignView.of(campaign), 0));
            }
            if (campaign.scheduledAt != null && campaign.scheduledAt.isAfter(clock.instant())) {
                return campaigns.changeState(caller.tenantId(), id, CampaignState.SCHEDULED)
                        .map(scheduled -> new Launch(CampaignView.of(scheduled), 0));
            }
            return launcher.launch(id).invoke(dispatcher::wakeUp)
                    .chain(planned -> campaigns.find(caller.tenantId(), id).map(c -> new Launch(CampaignView.of(c), planned)));
        });
    }

    private Uni<Campaign> selection(UUID id) {
        return campaigns.find(caller.tenantId(), id).invoke(campaign -> {
            if (campaign.kind == CampaignKind.TRIGGERED) {
                throw new BadRequestException("a triggered campaign sends on signals; it has no selection");
            }
        });
    }
}
