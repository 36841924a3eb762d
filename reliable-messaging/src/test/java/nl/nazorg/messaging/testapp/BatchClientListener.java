package nl.nazorg.messaging.testapp;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.NewestPerKey;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;

/**
 * A batch listener as a service writes one: a whole poll, the tenant checked while reading, the newest version
 * per client upserted in one statement (never older over newer) and one event per stored client appended to the
 * outbox in the same transaction.
 */
@ApplicationScoped
public class BatchClientListener {

    static final String APPLIED = "nl.nazorg.test.client.applied.v1";

    private static final String UPSERT = """
            INSERT INTO test_batch_client_view AS v (client_id, tenant_id, name, aggregate_version, events_handled)
            SELECT c.id, c.tenant, c.name, c.version, 1
            FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS c(id, tenant, name, version)
            ORDER BY c.id
            ON CONFLICT (client_id) DO UPDATE
                SET name = excluded.name, aggregate_version = excluded.aggregate_version,
                    events_handled = v.events_handled + 1
                WHERE v.aggregate_version IS NULL OR v.aggregate_version < excluded.aggregate_version""";

    @Inject
    BatchConsumer consumer;

    @Inject
    Outbox outbox;

    @Incoming(TestTopics.BATCH_CLIENTS)
    public Uni<Void> onClientsRenamed(ConsumerRecords<String, String> poll) {
        return consumer.handle(poll, ClientRenamed.class,
                event -> event.require(!event.isTombstone(), "a tombstone where none may be")
                        .requireTenant(event.payload().tenantId()),
                this::apply);
    }

    private Uni<Void> apply(SqlConnection transaction, List<IncomingEvent<ClientRenamed>> events) {
        List<ClientRenamed> newest = NewestPerKey.of(events.stream().map(IncomingEvent::payload).toList(),
                ClientRenamed::clientId, ClientRenamed::version);
        Tuple columns = Tuple.of(
                newest.stream().map(ClientRenamed::clientId).toArray(String[]::new),
                newest.stream().map(ClientRenamed::tenantId).toArray(String[]::new),
                newest.stream().map(ClientRenamed::name).toArray(String[]::new),
                newest.stream().map(ClientRenamed::version).toArray(Long[]::new));
        List<OutboxEvent> applied = newest.stream()
                .map(c -> OutboxEvent.of(TestTopics.BATCH_APPLIED, c.clientId(), APPLIED, c.clientId(), c.tenantId(), c))
                .toList();
        return transaction.preparedQuery(UPSERT).execute(columns)
                .chain(() -> outbox.appendAll(transaction, applied));
    }
}
