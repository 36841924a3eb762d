package nl.nazorg.campaign.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.nazorg.campaign.campaign.CampaignService;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

import java.util.UUID;

/** Campaign statistics of the caller's firm. */
@Path("/api/v1/campaigns/{id}/stats")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    CallerTenant caller;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignStatistics statistics;

    @GET
    public Uni<CampaignStats> stats(@PathParam("id") UUID id) {
        return campaigns.find(caller.tenantId(), id).chain(campaign -> statistics.of(campaign.id));
    }
}
