package nl.nazorg.survey.erasure;

/** A client within its firm: the same client id in another firm is another client. */
public record ClientKey(String tenantId, String clientId) {
}
