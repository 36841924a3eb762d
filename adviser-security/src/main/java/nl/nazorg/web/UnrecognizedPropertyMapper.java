package nl.nazorg.web;

import java.util.List;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Strict JSON input (DESIGN §2, §8): a property the API does not know is refused with a 400 that names
 * it, so a typo in an optional field never passes silently.
 */
@Provider
public class UnrecognizedPropertyMapper implements ExceptionMapper<UnrecognizedPropertyException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UnrecognizedPropertyException exception) {
        return problemFor(exception, RequestPath.of(uriInfo)).toResponse();
    }

    static ProblemDetail problemFor(UnrecognizedPropertyException exception, String instance) {
        String field = JsonFieldPath.of(exception.getPath());
        if (field == null) {
            field = exception.getPropertyName();
        }
        return new ProblemDetail(ProblemTypes.UNKNOWN_PROPERTY, "Unknown property", 400,
                "Property '" + field + "' is not part of this API.", instance,
                List.of(new FieldError(field, "is not a known property")));
    }
}
