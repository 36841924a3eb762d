package nl.nazorg.client.arrears.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.arrears.service.ArrearsService;
import nl.nazorg.client.profile.rest.ClientView;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

@Path("/api/v1/clients/{clientId}/arrears")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "payment arrears")
public class ArrearsResource {

    @Inject
    ArrearsService arrears;

    @Inject
    CallerTenant caller;

    @POST
    @Operation(summary = "Record a payment-arrears fact reported by a partner")
    public Uni<ClientView> record(@PathParam("clientId") String clientId, @NotNull @Valid ArrearsInput input) {
        return arrears.record(caller.tenantId(), clientId, input).map(ClientView::of);
    }

    @PUT
    @Path("{arrearsId}/resolution")
    @Operation(summary = "Mark payment arrears as resolved")
    public Uni<ClientView> resolve(@PathParam("clientId") String clientId, @PathParam("arrearsId") String arrearsId,
                                   @NotNull @Valid ArrearsResolution resolution) {
        return arrears.resolve(caller.tenantId(), clientId, arrearsId, resolution).map(ClientView::of);
    }
}
