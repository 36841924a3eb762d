package nl.nazorg.messaging.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import nl.nazorg.messaging.consumer.IdempotentConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;

/** A listener as a service writes one: read, check the tenant, apply once, never older over newer. */
@ApplicationScoped
public class ClientListener {

    @Inject
    IdempotentConsumer consumer;

    @Incoming(TestTopics.CLIENTS)
    public Uni<Void> onClientRenamed(ConsumerRecord<String, String> record) {
        return consumer.handleOnce(TestTopics.GROUP, record, ClientRenamed.class, this::apply);
    }

    private Uni<?> apply(IncomingEvent<ClientRenamed> event) {
        if (event.isTombstone()) {
            return ClientView.deleteById(event.key());
        }
        ClientRenamed renamed = event.requireTenant(event.payload().tenantId()).payload();
        return ConnectionLoss.onFirstAttempt(event)
                .chain(() -> ClientView.<ClientView>findById(renamed.clientId()))
                .map(found -> found != null ? found : newView(renamed))
                .invoke(view -> {
                    view.eventsHandled++;
                    view.applyIfNewer(renamed.version(), () -> view.name = renamed.name());
                })
                .call(view -> view.persist());
    }

    private static ClientView newView(ClientRenamed renamed) {
        ClientView view = new ClientView();
        view.clientId = renamed.clientId();
        view.tenantId = renamed.tenantId();
        return view;
    }
}
