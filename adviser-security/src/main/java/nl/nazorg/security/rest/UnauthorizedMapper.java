package nl.nazorg.security.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.UnauthorizedException;

/** An anonymous call to an endpoint that needs a caller: 401 problem with a Bearer challenge. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class UnauthorizedMapper implements ExceptionMapper<UnauthorizedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UnauthorizedException exception) {
        return BearerChallenge.missingToken(uriInfo);
    }
}
