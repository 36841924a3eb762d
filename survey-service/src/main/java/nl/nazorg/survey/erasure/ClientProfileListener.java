package nl.nazorg.survey.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.consumer.BatchConsumer;
import nl.nazorg.messaging.consumer.IncomingEvent;

/**
 * client-profiles.v1 → erasure, a poll at a time. A tombstone (null value) means client-service erased the client:
 * every response and invitation of that client in the tenant of {@code ce_tenantid} is deleted. Profiles themselves
 * are skipped unread, because this service keeps no profile data.
 */
@ApplicationScoped
public class ClientProfileListener {

    @Inject
    BatchConsumer consumer;

    @Inject
    ClientErasure erasure;

    @Incoming(Topics.CLIENT_PROFILES)
    public Uni<Void> onProfiles(ConsumerRecords<String, String> poll) {
        List<ConsumerRecord<String, String>> tombstones = new ArrayList<>();
        poll.forEach(record -> {
            if (record.value() == null) {
                tombstones.add(record);
            }
        });
        return consumer.handle(tombstones, ClientProfile.class, ClientProfileListener::check,
                (transaction, events) -> erasure.eraseAll(transaction, events.stream()
                        .map(event -> new ClientKey(event.tenantId(), event.key())).toList()));
    }

    /** A tombstone names its client only by key; ce_subject, when given, must agree (else: dead letter). */
    private static void check(IncomingEvent<ClientProfile> event) {
        event.require(event.key() != null && !event.key().isBlank(), "a tombstone needs the clientId as key")
                .require(event.attributes().subject() == null
                        || Objects.equals(event.attributes().subject(), event.key()), "ce_subject differs from the key");
    }
}
