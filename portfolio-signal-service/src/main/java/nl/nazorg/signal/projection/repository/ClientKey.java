package nl.nazorg.signal.projection.repository;

/** A client as every projection row names it: the tenant it belongs to and its id. */
public record ClientKey(String tenantId, String clientId) {
}
