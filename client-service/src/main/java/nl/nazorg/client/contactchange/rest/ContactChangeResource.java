package nl.nazorg.client.contactchange.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.contactchange.domain.ContactChangeStatus;
import nl.nazorg.client.contactchange.service.ContactChangeService;
import nl.nazorg.client.profile.rest.PageView;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

/**
 * The adviser's worklist of contact-detail changes clients asked for (e.g. in a survey): nothing reaches the client
 * file until an adviser approves. Working the worklist is the adviser's job, so both roles may decide.
 */
@Path("/api/v1/contact-changes")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contact changes")
public class ContactChangeResource {

    @Inject
    ContactChangeService contactChanges;

    @Inject
    CallerTenant caller;

    @GET
    @Operation(summary = "List requested contact-detail changes by status (default PENDING), oldest first, with paging")
    public Uni<PageView<ContactChangeView>> worklist(
            @QueryParam("status") @DefaultValue("PENDING") ContactChangeStatus status,
            @QueryParam("client") String clientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(500) int size) {
        return contactChanges.worklist(caller.tenantId(), status, clientId, page, size)
                .map(found -> new PageView<>(found.items().stream().map(ContactChangeView::of).toList(),
                        found.page(), found.size(), found.total()));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve: apply the requested details to the client file and publish the profile")
    public Uni<ContactChangeView> approve(@PathParam("id") String id) {
        return contactChanges.approve(caller.tenantId(), id, caller.adviserId()).map(ContactChangeView::of);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject: the client file stays as it is")
    public Uni<ContactChangeView> reject(@PathParam("id") String id) {
        return contactChanges.reject(caller.tenantId(), id, caller.adviserId()).map(ContactChangeView::of);
    }
}
