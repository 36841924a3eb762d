package nl.nazorg.survey.erasure;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.consumer.IdempotentConsumer;

/**
 * client-profiles.v1 → erasure. A tombstone (null value) means client-service erased the client: every response and
 * invitation of that client in the tenant of {@code ce_tenantid} is deleted. Profiles themselves are skipped unread,
 * because this service keeps no profile data.
 */
@ApplicationScoped
public class ClientProfileListener {

    public static final String GROUP = "survey-service";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ClientErasure erasure;

    @Incoming(Topics.CLIENT_PROFILES)
    public Uni<Void> onProfile(ConsumerRecord<String, String> record) {
        if (record.value() != null) {
            return Uni.createFrom().voidItem();
        }
        // A tombstone names its client only by key; ce_subject, when given, must agree (else: dead letter).
        return consumer.handleOnce(GROUP, record, ClientProfile.class, event -> erasure.erase(event
                .require(event.key() != null && !event.key().isBlank(), "a tombstone needs the clientId as key")
                .require(event.attributes().subject() == null || Objects.equals(event.attributes().subject(),
                        event.key()), "ce_subject differs from the key")
                .tenantId(), event.key()));
    }
}
