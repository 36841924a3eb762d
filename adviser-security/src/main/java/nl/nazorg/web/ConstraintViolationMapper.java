package nl.nazorg.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/**
 * Validation errors become a 400 problem naming each field and its message. A violated return value is
 * our bug, not the client's: that one is a 500 without details.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        if (exception.getConstraintViolations().stream().anyMatch(ConstraintViolationMapper::isReturnValue)) {
            // Log the paths only: messages may quote values that hold personal data.
            LOG.errorf("A response broke its own constraints at %s", exception.getConstraintViolations().stream()
                    .map(violation -> violation.getPropertyPath().toString()).toList());
            return ProblemDetail.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete the request.",
                    RequestPath.of(uriInfo)).toResponse();
        }
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(ViolationFieldPath.of(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(FieldError::message))
                .toList();
        String detail = errors.size() == 1
                ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid.";
        return new ProblemDetail(ProblemTypes.VALIDATION, "Invalid request", 400, detail, RequestPath.of(uriInfo), errors)
                .toResponse();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (var node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
