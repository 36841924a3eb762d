package nl.nazorg.security.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.nazorg.web.ProblemDetail;
import nl.nazorg.web.RequestPath;

/**
 * The 401 answer of RFC 6750 with an RFC 9457 body. The body says the same for a missing, forged,
 * expired or tenant-less token: the reason is in the server's debug log, never told to the caller.
 */
final class BearerChallenge {

    private BearerChallenge() {
    }

    /** No token at all: this answer carries the {@code WWW-Authenticate: Bearer} challenge itself. */
    static Response missingToken(UriInfo uriInfo) {
        return problem(uriInfo).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /**
     * A refused token: the bearer mechanism has already put its challenge on the response (proactive
     * authentication), so adding one here would send it twice.
     */
    static Response invalidToken(UriInfo uriInfo) {
        return problem(uriInfo).build();
    }

    private static Response.ResponseBuilder problem(UriInfo uriInfo) {
        return ProblemDetail.of(Response.Status.UNAUTHORIZED,
                "This API needs a valid bearer token that names your firm.", RequestPath.of(uriInfo))
                .toResponseBuilder();
    }
}
