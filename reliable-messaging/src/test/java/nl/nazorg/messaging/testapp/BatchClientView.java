package nl.nazorg.messaging.testapp;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.nazorg.messaging.staleness.VersionedProjection;

/**
 * The batch listener's projection of a test client. Mapped only so that Hibernate creates the table; the
 * {@link BatchClientListener} writes it with set-based SQL. The check constraint is a real non-passing failure
 * for the split test: a name starting with {@code violates-} can never be stored.
 */
@Entity
@Table(name = "test_batch_client_view",
        check = @CheckConstraint(name = "test_batch_client_view_name", constraint = "name NOT LIKE 'violates-%'"))
public class BatchClientView extends VersionedProjection {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "tenant_id")
    public String tenantId;

    public String name;

    /** Every write that reached the table; a duplicate or a collapsed older version must not. */
    @Column(name = "events_handled")
    public int eventsHandled;
}
