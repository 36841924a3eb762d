package nl.nazorg.signal.worklist.rest;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;
import nl.nazorg.signal.worklist.repository.WorklistFilter;
import nl.nazorg.signal.worklist.repository.WorklistOrder;
import nl.nazorg.signal.worklist.repository.WorklistQueries;

/** All signals of one client of the caller's firm; a client unknown to the firm is a 404. */
@Path("/api/v1/clients/{clientId}/signals")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ClientSignalResource {

    private static final int MAX = 1000;

    @Inject
    CallerTenant caller;

    @Inject
    WorklistQueries queries;

    @GET
    public Uni<List<SignalView>> list(@PathParam("clientId") String clientId,
            @QueryParam("includeResolved") @DefaultValue("false") boolean includeResolved) {
        String tenantId = caller.tenantId();
        WorklistFilter filter = new WorklistFilter(null, null, null, null, clientId, null, null, includeResolved);
        return queries.knows(tenantId, clientId).chain(known -> {
            if (!known) {
                return Uni.createFrom().failure(new NotFoundException());
            }
            return queries.page(tenantId, filter, WorklistOrder.DUE_DATE, 0, MAX)
                    .map(page -> page.rows().stream().map(SignalView::of).toList());
        });
    }
}
