package nl.nazorg.client.consent.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.consent.service.ConsentService;
import nl.nazorg.client.profile.rest.ClientView;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

@Path("/api/v1/clients/{clientId}/consent")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consent")
public class ConsentResource {

    @Inject
    ConsentService consent;

    @Inject
    CallerTenant caller;

    @POST
    @Operation(summary = "Record a marketing e-mail consent change (opt-in, soft opt-in, withdrawal, objection)")
    public Uni<ClientView> record(@PathParam("clientId") String clientId, @NotNull @Valid ConsentInput input) {
        return consent.record(caller.tenantId(), clientId, input, caller.adviserId()).map(ClientView::of);
    }

    @GET
    @Path("history")
    @Operation(summary = "The consent history, oldest first: the evidence of every change")
    public Uni<List<ConsentChangeView>> history(@PathParam("clientId") String clientId) {
        return consent.history(caller.tenantId(), clientId)
                .map(changes -> changes.stream().map(ConsentChangeView::of).toList());
    }
}
