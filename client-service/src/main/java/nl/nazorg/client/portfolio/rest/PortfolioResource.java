package nl.nazorg.client.portfolio.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.profile.service.ClientService;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

@Path("/api/v1/clients/{clientId}/portfolio")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "portfolio")
public class PortfolioResource {

    @Inject
    ClientService clients;

    @Inject
    CallerTenant caller;

    @GET
    @Operation(summary = "Read the portfolio: home, mortgages with loan parts, insurances")
    public Uni<PortfolioView> find(@PathParam("clientId") String clientId) {
        return clients.find(caller.tenantId(), clientId).map(PortfolioView::of);
    }

    @PUT
    @Operation(summary = "Replace the portfolio; publishes it on portfolios.v1 when it changed")
    public Uni<PortfolioView> replace(@PathParam("clientId") String clientId, @NotNull @Valid PortfolioInput input) {
        return clients.replacePortfolio(caller.tenantId(), clientId, input).map(PortfolioView::of);
    }
}
