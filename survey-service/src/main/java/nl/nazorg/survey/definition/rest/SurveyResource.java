package nl.nazorg.survey.definition.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;
import nl.nazorg.survey.definition.SurveyCatalog;
import nl.nazorg.survey.definition.SurveyDefinition;
import nl.nazorg.survey.results.ResponseView;
import nl.nazorg.survey.results.ResultsService;
import nl.nazorg.survey.results.SurveySummary;
import nl.nazorg.survey.results.rest.ResultsResource;

/** Survey management for advisers: the firm's definitions and their versions, and per-survey results. */
@Path("/api/v1/surveys")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class SurveyResource {

    static final String SURVEY_ID = "[a-z0-9][a-z0-9-]{0,63}";

    @Inject
    CallerTenant caller;

    @Inject
    SurveyCatalog catalog;

    @Inject
    ResultsService results;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The newest version of every survey of the firm, the standard ones included")
    public Uni<List<SurveyDefinition>> list() {
        return catalog.all(caller.tenantId());
    }

    @GET
    @Path("{surveyId}")
    @Operation(summary = "The newest version of one survey")
    public Uni<SurveyDefinition> latest(@PathParam("surveyId") @Pattern(regexp = SURVEY_ID) String surveyId) {
        return catalog.latest(caller.tenantId(), surveyId).onItem().ifNull().failWith(NotFoundException::new);
    }

    @GET
    @Path("{surveyId}/versions/{version}")
    @Operation(summary = "One version of a survey, as responses to it were given")
    public Uni<SurveyDefinition> version(@PathParam("surveyId") @Pattern(regexp = SURVEY_ID) String surveyId,
                                         @PathParam("version") int version) {
        return catalog.version(caller.tenantId(), surveyId, version)
                .onItem().ifNull().failWith(NotFoundException::new);
    }

    @PUT
    @Path("{surveyId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a new version of a survey (validated; earlier versions stay as they were)")
    public Uni<Response> save(@PathParam("surveyId") @Pattern(regexp = SURVEY_ID) String surveyId,
                              SurveyDefinition definition) {
        if (definition == null) {
            throw new jakarta.ws.rs.BadRequestException("A survey definition is required.");
        }
        return catalog.save(caller.tenantId(), caller.adviserId(), surveyId, definition)
                .map(saved -> Response.status(Response.Status.CREATED).entity(saved).build());
    }

    @GET
    @Path("{surveyId}/summary")
    @Operation(summary = "Counts per option, averages for numbers and NPS of one survey in a period")
    public Uni<SurveySummary> summary(@PathParam("surveyId") @Pattern(regexp = SURVEY_ID) String surveyId,
                                      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return results.summary(caller.tenantId(), surveyId, ResultsResource.period(from, to, clock))
                .onItem().ifNull().failWith(NotFoundException::new);
    }

    @GET
    @Path("{surveyId}/responses")
    @Operation(summary = "Submitted responses to one survey, newest first")
    public Uni<List<ResponseView>> ofSurvey(@PathParam("surveyId") @Pattern(regexp = SURVEY_ID) String surveyId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return results.ofSurvey(caller.tenantId(), surveyId, Page.of(page, size));
    }
}
