package nl.nazorg.messaging.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.nazorg.messaging.outbox.Outbox;

/** Changes a test client and appends its event to the outbox in the same transaction. */
@ApplicationScoped
public class ClientService {

    @Inject
    Outbox outbox;

    @WithTransaction
    public Uni<ClientRenamed> rename(String tenantId, String clientId, String name) {
        return TestClient.<TestClient>findById(clientId)
                .chain(found -> found == null ? create(tenantId, clientId) : Uni.createFrom().item(found))
                .chain(client -> {
                    client.name = name;
                    client.version++;
                    ClientRenamed event = new ClientRenamed(client.id, client.tenantId, name, client.version);
                    return outbox.append(TestTopics.CLIENTS, client.id, TestTopics.CLIENT_RENAMED, client.id,
                            client.tenantId, event).replaceWith(event);
                });
    }

    /** Changes the client, appends the event, then fails: the transaction rolls back, row and event included. */
    @WithTransaction
    public Uni<ClientRenamed> renameThenFail(String tenantId, String clientId, String name) {
        return rename(tenantId, clientId, name)
                .chain(event -> Uni.createFrom().failure(new IllegalStateException("business rule broken")));
    }

    private static Uni<TestClient> create(String tenantId, String clientId) {
        TestClient client = new TestClient();
        client.id = clientId;
        client.tenantId = tenantId;
        return client.persist();
    }
}
