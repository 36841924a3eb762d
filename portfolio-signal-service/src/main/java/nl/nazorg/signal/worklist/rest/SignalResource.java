package nl.nazorg.signal.worklist.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;
import nl.nazorg.signal.rules.SignalCategory;
import nl.nazorg.signal.rules.SignalType;
import nl.nazorg.signal.worklist.repository.WorklistFilter;
import nl.nazorg.signal.worklist.repository.WorklistOrder;
import nl.nazorg.signal.worklist.repository.WorklistQueries;
import nl.nazorg.signal.worklist.service.SignalStatusService;

/** The adviser worklist: signals of the caller's firm, filtered, sorted and paged; one signal with its why. */
@Path("/api/v1/signals")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SignalResource {

    @Inject
    CallerTenant caller;

    @Inject
    WorklistQueries queries;

    @Inject
    SignalStatusService statuses;

    @GET
    public Uni<SignalPage> list(@QueryParam("type") SignalType type, @QueryParam("category") SignalCategory category,
            @QueryParam("status") SignalStatus status, @QueryParam("adviser") String adviser,
            @QueryParam("client") String client, @QueryParam("dueBefore") LocalDate dueBefore,
            @QueryParam("minAmount") BigDecimal minAmount,
            @QueryParam("sort") @DefaultValue("RAISED_DATE") WorklistOrder sort,
            @QueryParam("includeResolved") @DefaultValue("false") boolean includeResolved,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        WorklistFilter filter = new WorklistFilter(type, category, status, adviser, client, dueBefore, minAmount,
                includeResolved);
        return queries.page(caller.tenantId(), filter, sort, page, size)
                .map(found -> new SignalPage(found.rows().stream().map(SignalView::of).toList(), page, size,
                        found.total()));
    }

    @GET
    @Path("summary")
    public Uni<List<TypeSummary>> summary(@QueryParam("adviser") String adviser) {
        return queries.summary(caller.tenantId(), adviser);
    }

    @GET
    @Path("{id}")
    public Uni<SignalView> find(@PathParam("id") UUID id) {
        return queries.find(caller.tenantId(), id).onItem().ifNull().failWith(NotFoundException::new)
                .map(SignalView::of);
    }

    @PATCH
    @Path("{id}")
    public Uni<SignalView> changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return statuses.change(caller.tenantId(), id, change).map(SignalView::of);
    }
}
