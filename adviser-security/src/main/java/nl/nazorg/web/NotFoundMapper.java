package nl.nazorg.web;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A 404 problem with one fixed text, whatever the cause: an id that does not exist and an id of another
 * tenant must be indistinguishable (DESIGN §8), so the exception's message is never passed on.
 */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(NotFoundException exception) {
        return ProblemDetail.of(Response.Status.NOT_FOUND, "The requested resource does not exist.",
                RequestPath.of(uriInfo)).toResponse();
    }
}
