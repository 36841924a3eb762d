package nl.nazorg.messaging.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.nazorg.messaging.staleness.VersionedProjection;

/** The "consuming service's" projection of a test client. */
@Entity
@Table(name = "test_client_view")
public class ClientView extends VersionedProjection {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "tenant_id")
    public String tenantId;

    public String name;

    /** Every event that reached the effect (stale ones included); a duplicate must not. */
    @Column(name = "events_handled")
    public int eventsHandled;
}
