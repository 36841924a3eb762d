package nl.nazorg.web;

/**
 * The problem types Nazorg APIs use beyond {@code about:blank}, so that a client program can tell a
 * validation failure from malformed JSON without parsing the human text. URNs: they identify, they do
 * not resolve.
 */
public final class ProblemTypes {

    /** A field value broke a constraint; {@code errors} names each field. */
    public static final String VALIDATION = "urn:nazorg:problem:validation";
    /** The body named a property the API does not know (strict JSON input). */
    public static final String UNKNOWN_PROPERTY = "urn:nazorg:problem:unknown-property";
    /** The body was not JSON, or a value had the wrong JSON type. */
    public static final String MALFORMED_JSON = "urn:nazorg:problem:malformed-json";

    private ProblemTypes() {
    }
}
