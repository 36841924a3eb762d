package nl.nazorg.client.profile.repository;

/** A client within its firm: client ids are looked up, locked and written only together with their tenant. */
public record ClientKey(String tenantId, String clientId) {
}
