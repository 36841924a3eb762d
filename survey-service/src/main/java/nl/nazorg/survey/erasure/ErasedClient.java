package nl.nazorg.survey.erasure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A client erased by client-service (AVG art. 17, recht op vergetelheid): only the ids, so that a personal link or an
 * invitation that arrives after the erasure cannot bring the client's data back. Client ids are random UUIDs and are
 * never given out again, so the marker never needs lifting.
 */
@Entity
@Table(name = "erased_client")
public class ErasedClient extends PanacheEntityBase {

    /** tenant id + "|" + client id. */
    @Id
    @Column(length = 210)
    public String id;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    @Column(name = "client_id", nullable = false, length = 100)
    public String clientId;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;

    static String idOf(String tenantId, String clientId) {
        return tenantId + "|" + clientId;
    }
}
