package nl.nazorg.messaging.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The business aggregate of the test application, owned by the "producing service". */
@Entity
@Table(name = "test_client")
public class TestClient extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String name;

    /** Raised on every change and carried by each event, so consumers can drop stale ones. */
    public long version;
}
