package nl.nazorg.messaging.staleness;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A Panache entity that projects another service's aggregate and remembers the aggregate version it holds.
 *
 * <pre>{@code
 * @Entity
 * public class ClientProjection extends VersionedProjection {
 *     @Id public String clientId;
 *     public String email;
 * }
 *
 * projection.applyIfNewer(event.version(), () -> projection.email = event.email());
 * }</pre>
 */
@MappedSuperclass
public abstract class VersionedProjection extends PanacheEntityBase {

    /** The version of the aggregate this row reflects; null until the first event, which is always applied. */
    @Column(name = "aggregate_version")
    public Long aggregateVersion;

    /**
     * Runs {@code change} and takes {@code incomingVersion} when it is newer than the held version.
     *
     * @return true when applied, false when the event was stale (or a repeat) and ignored
     */
    public boolean applyIfNewer(long incomingVersion, Runnable change) {
        if (!AggregateVersion.isNewer(aggregateVersion, incomingVersion)) {
            return false;
        }
        change.run();
        aggregateVersion = incomingVersion;
        return true;
    }
}
