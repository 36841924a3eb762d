package nl.nazorg.security.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.ForbiddenException;

import nl.nazorg.web.ProblemDetail;
import nl.nazorg.web.RequestPath;

/** A known caller without the role the endpoint needs (or any endpoint that is denied by default): 403 problem. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ForbiddenException exception) {
        return ProblemDetail.of(Response.Status.FORBIDDEN, "Your role does not allow this request.",
                RequestPath.of(uriInfo)).toResponse();
    }
}
