package nl.nazorg.security.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.AuthenticationFailedException;

/** A token that was sent but refused (bad signature, issuer, expiry, algorithm or tenant): 401 problem. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFailedMapper implements ExceptionMapper<AuthenticationFailedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(AuthenticationFailedException exception) {
        return BearerChallenge.invalidToken(uriInfo);
    }
}
