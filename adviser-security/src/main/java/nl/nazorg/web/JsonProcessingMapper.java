package nl.nazorg.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or a value of the wrong JSON type, is a 400 that points at the line and
 * column or at the field. Jackson's own message is not passed on: it may quote the submitted value.
 */
@Provider
public class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return problemFor(exception, RequestPath.of(uriInfo)).toResponse();
    }

    static ProblemDetail problemFor(JsonProcessingException exception, String instance) {
        String field = exception instanceof JsonMappingException mapping ? JsonFieldPath.of(mapping.getPath()) : null;
        if (field != null) {
            return new ProblemDetail(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                    "Field '" + field + "' has a value of the wrong type or format.", instance,
                    List.of(new FieldError(field, "has a value of the wrong type or format")));
        }
        JsonLocation location = exception.getLocation();
        String where = location != null && location.getLineNr() > 0
                ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                : "";
        return new ProblemDetail(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                "The request body is not valid JSON" + where + ".", instance, List.of());
    }
}
