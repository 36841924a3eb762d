package nl.nazorg.messaging.testapp;

import java.util.Objects;

/** The test contract: the full state of a test client after a change. */
public record ClientRenamed(String clientId, String tenantId, String name, long version) {

    public ClientRenamed {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(tenantId, "tenantId");
    }
}
