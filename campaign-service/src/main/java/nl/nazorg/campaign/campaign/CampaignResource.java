package nl.nazorg.campaign.campaign;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Campaigns of the caller's firm. */
@Path("/api/v1/campaigns")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CallerTenant caller;

    @Inject
    CampaignService campaigns;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> create(@Valid @NotNull CampaignRequest request) {
        return campaigns.create(caller.tenantId(), caller.adviserId(), request)
                .map(campaign -> Response.created(URI.create("/api/v1/campaigns/" + campaign.id))
                        .entity(CampaignView.of(campaign)).build());
    }

    @GET
    public Uni<List<CampaignView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return campaigns.list(caller.tenantId(), page, size).map(list -> list.stream().map(CampaignView::of).toList());
    }

    @GET
    @Path("{id}")
    public Uni<CampaignView> find(@PathParam("id") UUID id) {
        return campaigns.find(caller.tenantId(), id).map(CampaignView::of);
    }

    @POST
    @Path("{id}/pause")
    public Uni<CampaignView> pause(@PathParam("id") UUID id) {
        return campaigns.changeState(caller.tenantId(), id, CampaignState.PAUSED).map(CampaignView::of);
    }

    @POST
    @Path("{id}/resume")
    public Uni<CampaignView> resume(@PathParam("id") UUID id) {
        return campaigns.changeState(caller.tenantId(), id, CampaignState.ACTIVE).map(CampaignView::of);
    }
}
