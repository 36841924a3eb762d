package nl.nazorg.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Quarkus REST ships its own mapper for this subtype of {@link com.fasterxml.jackson.core.JsonProcessingException};
 * a mapper for the exact type keeps wrong-typed values on the same problem format as malformed JSON.
 */
@Provider
public class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return JsonProcessingMapper.problemFor(exception, RequestPath.of(uriInfo)).toResponse();
    }
}
