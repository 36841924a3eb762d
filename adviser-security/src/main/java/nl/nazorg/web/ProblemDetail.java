package nl.nazorg.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error answer of a Nazorg REST API
 * ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    a short summary of the kind of problem, the same for every occurrence
 * @param status   the HTTP status code
 * @param detail   what went wrong this time, for a person; never echoes submitted values
 * @param instance the request path the problem occurred on
 * @param errors   extension member: one entry per offending field (validation, unknown properties)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String ABOUT_BLANK = "about:blank";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem fully described by its status, with the status' reason phrase as title. */
    public static ProblemDetail of(Response.StatusType status, String detail, String instance) {
        return new ProblemDetail(ABOUT_BLANK, status.getReasonPhrase(), status.getStatusCode(), detail, instance,
                List.of());
    }

    /** A problem for a status that {@link Response.Status} may not know (e.g. 413 under another name). */
    public static ProblemDetail of(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new ProblemDetail(ABOUT_BLANK, title, status, detail, instance, List.of());
    }

    /** The answer carrying this problem, with the problem media type. */
    public Response toResponse() {
        return toResponseBuilder().build();
    }

    /** Like {@link #toResponse()}, for callers that add headers (e.g. {@code WWW-Authenticate}). */
    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
