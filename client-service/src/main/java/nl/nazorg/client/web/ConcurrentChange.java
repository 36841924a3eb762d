package nl.nazorg.client.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.nazorg.web.ProblemDetail;
import nl.nazorg.web.RequestPath;

/**
 * The client row changed between this request reading it and writing it (the optimistic lock on
 * {@code row_version}): another adviser, or the client through a survey, changed the client at the same moment.
 * Nothing of the request was stored. Answered 409 with a problem detail, never 500; the caller reads the client
 * again and decides.
 */
public class ConcurrentChange {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response conflict(UriInfo uriInfo) {
        return ProblemDetail.of(Response.Status.CONFLICT,
                "The client was changed by someone else at the same moment; nothing was saved. Read the client again "
                        + "and repeat the change.", RequestPath.of(uriInfo)).toResponse();
    }
}
