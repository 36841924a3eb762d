package nl.nazorg.web;

import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every other {@link WebApplicationException} as a problem detail. A client error keeps the message the
 * service wrote for it; a server error says nothing about the server. Headers that a client needs to act
 * on the answer (Allow, Retry-After, WWW-Authenticate, Location) are kept; an exception that already
 * carries a body is answered as it is.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER,
            HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.LOCATION);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        if (exception.getCause() instanceof UnrecognizedPropertyException unknown) {
            return UnrecognizedPropertyMapper.problemFor(unknown, RequestPath.of(uriInfo)).toResponse();
        }
        if (exception.getCause() instanceof JsonProcessingException json && original.getStatus() == 400) {
            // Quarkus REST wraps syntax errors in a bare 400; answer them like every other JSON problem.
            return JsonProcessingMapper.problemFor(json, RequestPath.of(uriInfo)).toResponse();
        }
        int status = original.getStatus();
        ProblemDetail problem = ProblemDetail.of(status, detail(exception, status), RequestPath.of(uriInfo));
        Response.ResponseBuilder answer = problem.toResponseBuilder();
        original.getHeaders().forEach((name, values) -> {
            if (KEPT_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    private static String detail(WebApplicationException exception, int status) {
        String message = exception.getMessage();
        boolean defaultMessage = message == null || message.startsWith("HTTP " + status);
        if (status >= 500 || defaultMessage) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known != null ? known.getReasonPhrase() + "." : "The request could not be completed.";
        }
        return message;
    }
}
