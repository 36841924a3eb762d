package nl.nazorg.web;

/**
 * One offending field of a request, inside a {@link ProblemDetail}.
 *
 * @param field   the field's path in the request, e.g. {@code email} or {@code children[1].birthDate}
 * @param message why it was refused, without echoing the value (it may be personal data)
 */
public record FieldError(String field, String message) {
}
