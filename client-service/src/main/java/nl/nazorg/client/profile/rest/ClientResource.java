package nl.nazorg.client.profile.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.profile.repository.ClientFilter;
import nl.nazorg.client.profile.service.ClientService;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

@Path("/api/v1/clients")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "clients")
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    CallerTenant caller;

    @POST
    @Operation(summary = "Create a client, optionally with the portfolio")
    public Uni<Response> create(@NotNull @Valid NewClientInput input) {
        return clients.create(caller.tenantId(), input.profile(), input.portfolio())
                .map(client -> Response.created(URI.create("/api/v1/clients/" + client.id))
                        .entity(ClientView.of(client)).build());
    }

    @GET
    @Path("{clientId}")
    @Operation(summary = "Read a client's profile")
    public Uni<ClientView> find(@PathParam("clientId") String clientId) {
        return clients.find(caller.tenantId(), clientId).map(ClientView::of);
    }

    @PUT
    @Path("{clientId}")
    @Operation(summary = "Replace a client's profile (contact details, household, subscription, …)")
    public Uni<ClientView> update(@PathParam("clientId") String clientId, @NotNull @Valid ClientInput input) {
        return clients.update(caller.tenantId(), clientId, input).map(ClientView::of);
    }

    @DELETE
    @Path("{clientId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a client (AVG right to erasure): data deleted, tombstones published")
    public Uni<Response> erase(@PathParam("clientId") String clientId) {
        return clients.erase(caller.tenantId(), clientId).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("{clientId}/profile-changes")
    @Operation(summary = "Profile fields the client changed (e.g. in a survey) that an adviser approved, with their source")
    public Uni<List<ProfileChangeView>> profileChanges(@PathParam("clientId") String clientId) {
        return clients.profileChanges(caller.tenantId(), clientId)
                .map(changes -> changes.stream().map(ProfileChangeView::of).toList());
    }

    @GET
    @Operation(summary = "List and search clients, with paging")
    public Uni<PageView<ClientSummary>> search(
            @QueryParam("name") String name,
            @QueryParam("email") String email,
            @QueryParam("adviser") String adviser,
            @QueryParam("tier") SubscriptionTier tier,
            @QueryParam("minAge") @Min(0) @Max(150) Integer minAge,
            @QueryParam("maxAge") @Min(0) @Max(150) Integer maxAge,
            @QueryParam("hasProduct") List<ProductType> hasProducts,
            @QueryParam("lacksProduct") List<ProductType> lacksProducts,
            @QueryParam("forSale") Boolean forSale,
            @QueryParam("externalReference") String externalReference,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(500) int size) {
        ClientFilter filter = new ClientFilter(name, email, adviser, tier, minAge, maxAge, names(hasProducts),
                names(lacksProducts), forSale, externalReference);
        return clients.search(caller.tenantId(), filter, page, size)
                .map(found -> new PageView<>(found.items().stream().map(ClientSummary::of).toList(),
                        found.page(), found.size(), found.total()));
    }

    private static List<String> names(List<ProductType> types) {
        return types == null ? List.of() : types.stream().map(Enum::name).toList();
    }
}
