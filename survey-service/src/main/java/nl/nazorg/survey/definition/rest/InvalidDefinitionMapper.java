package nl.nazorg.survey.definition.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.nazorg.survey.definition.InvalidDefinitionException;
import nl.nazorg.web.ProblemDetail;
import nl.nazorg.web.ProblemTypes;

/** A definition that fails validation: 400 naming every offending field. */
public class InvalidDefinitionMapper {

    @ServerExceptionMapper
    public Response map(InvalidDefinitionException e, UriInfo uri) {
        return new ProblemDetail(ProblemTypes.VALIDATION, "Bad Request", 400,
                "The survey definition is not valid.", uri.getPath(), e.errors()).toResponse();
    }
}
