package nl.nazorg.survey.results.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import nl.nazorg.events.ClientDates;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;
import nl.nazorg.survey.results.NpsReport;
import nl.nazorg.survey.results.Period;
import nl.nazorg.survey.results.ResponseRate;
import nl.nazorg.survey.results.ResponseView;
import nl.nazorg.survey.results.ResultsService;

/** What clients answered, for advisers of the firm: NPS, per-survey summaries, responses and response rates. */
@Path("/api/v1")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey results")
public class ResultsResource {

    @Inject
    CallerTenant caller;

    @Inject
    ResultsService results;

    @Inject
    Clock clock;

    @GET
    @Path("nps")
    @Operation(summary = "NPS overall, per survey and per month; from/to are Europe/Amsterdam dates, both included"
            + " (default: the last twelve months)")
    public Uni<NpsReport> nps(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return results.nps(caller.tenantId(), period(from, to, clock));
    }

    @GET
    @Path("clients/{clientId}/survey-responses")
    @Operation(summary = "Submitted responses of one client, newest first")
    public Uni<List<ResponseView>> ofClient(@PathParam("clientId") @Size(max = 100) String clientId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return results.ofClient(caller.tenantId(), clientId, Page.of(page, size));
    }

    @GET
    @Path("survey-responses/{responseId}")
    @Operation(summary = "One submitted or saved response")
    public Uni<ResponseView> one(@PathParam("responseId") @Size(max = 36) String responseId) {
        return results.one(caller.tenantId(), responseId).onItem().ifNull().failWith(NotFoundException::new);
    }

    @GET
    @Path("response-rates")
    @Operation(summary = "Invitations sent and responses per survey campaign")
    public Uni<List<ResponseRate>> responseRates() {
        return results.responseRates(caller.tenantId());
    }

    /** The period of a report; a bad one is a 400. Shared with the survey resource's summary. */
    public static Period period(LocalDate from, LocalDate to, Clock clock) {
        try {
            return Period.of(from, to, LocalDate.now(clock.withZone(ClientDates.ZONE)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
