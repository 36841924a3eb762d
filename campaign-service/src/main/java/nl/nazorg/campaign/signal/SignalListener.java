package nl.nazorg.campaign.signal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.contact.ProfileListener;
import nl.nazorg.campaign.mail.MailDispatcher;
import nl.nazorg.events.Topics;
import nl.nazorg.events.signal.SignalEvent;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * signals.v1, a poll at a time → the signal projection, then for SignalRaised the triggered campaigns and for a
 * signal that no longer holds its unsent e-mails, all in the poll's transaction. Tombstones, unreadable JSON and a
 * foreign tenant are dead-lettered; event types and signal types this service does not know are skipped.
 */
@ApplicationScoped
public class SignalListener {

    @Inject
    BatchConsumer consumer;

    @Inject
    SignalReader reader;

    @Inject
    SignalProjection projection;

    @Inject
    SignalTrigger trigger;

    @Inject
    MailDispatcher dispatcher;

    @Incoming(Topics.SIGNALS)
    public Uni<Void> onSignals(ConsumerRecords<String, String> poll) {
        AtomicBoolean pending = new AtomicBoolean();
        return consumer.<SignalEvent>handle(reader.ours(poll), SignalReader::payloadType,
                        event -> event.require(!event.isTombstone(), "signals.v1 carries no tombstones")
                                .requireTenant(event.payload().tenantId()),
                        (transaction, events) -> apply(transaction, known(events), pending))
                .invoke(() -> {
                    if (pending.get()) {
                        dispatcher.wakeUp();   // after the commit: the planned sends are PENDING now
                    }
                });
    }

    private Uni<Void> apply(SqlConnection transaction, List<SignalEvent> signals, AtomicBoolean pending) {
        return projection.apply(transaction, signals)
                .chain(changes -> trigger.onRaised(transaction, changes)
                        .invoke(planned -> {
                            if (planned > 0) {
                                pending.set(true);
                            }
                        })
                        .chain(() -> trigger.onClosed(transaction, changes)));
    }

    /** The poll's signals of a type this service knows (a newer signal type is skipped, not dead-lettered). */
    private static List<SignalEvent> known(List<IncomingEvent<SignalEvent>> events) {
        return events.stream().map(IncomingEvent::payload)
                .filter(signal -> signal.type() != null && signal.type() != SignalType.UNKNOWN)
                .toList();
    }
}
