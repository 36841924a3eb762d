package nl.nazorg.client.messaging;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.contactchange.domain.ContactChange;
import nl.nazorg.client.contactchange.domain.ContactChangeStatus;
import nl.nazorg.client.contactchange.domain.InvalidContactValueException;
import nl.nazorg.client.contactchange.domain.RequestedValues;
import nl.nazorg.client.contactchange.repository.ContactChangeRepository;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.repository.ClientRepository;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.PoisonRecordException;

/**
 * Puts the profile changes a client asked for (e.g. in a survey) on the adviser's worklist as a pending
 * {@link ContactChange}; the client file changes only when an adviser approves (a survey link in an inbox is no proof
 * that the client asked). A value that is not valid for its field makes the whole request poison (dead-letter topic,
 * reason names the field): half a change of contact details is worse than none. Fields this version does not know are
 * skipped; a request for a client that does not exist (any more) is dropped.
 */
@ApplicationScoped
public class ProfileChangeHandler {

    private static final Logger LOG = Logger.getLogger(ProfileChangeHandler.class);

    @Inject
    ClientRepository clients;

    @Inject
    ContactChangeRepository contactChanges;

    @Inject
    Clock clock;

    public Uni<Void> apply(IncomingEvent<ProfileChangeRequested> event) {
        if (event.isTombstone()) {
            throw new PoisonRecordException("null value on a delete topic");
        }
        ProfileChangeRequested request = event.requireTenant(event.payload().tenantId())
                .require(event.payload().clientId() != null, "clientId is missing")
                .require(event.payload().source() != null, "source is missing")
                .payload();
        if (!request.clientId().equals(event.key())) {
            throw new PoisonRecordException("clientId differs from the record key");
        }
        RequestedValues requested;
        try {
            requested = RequestedValues.checked(request.changes());
        } catch (InvalidContactValueException invalid) {
            throw new PoisonRecordException(invalid.getMessage());
        }
        if (requested.isEmpty()) {
            LOG.debugf("profile change without known fields skipped (event %s)", event.id());
            return Uni.createFrom().voidItem();
        }
        // Locked like an erasure locks it: an erasure commits first (the client is gone, the request dropped) or
        // waits and deletes this pending change with the rest of the client's data.
        return clients.lockInTenant(request.tenantId(), request.clientId()).chain(client -> {
            if (client == null) {
                LOG.debugf("profile change for an unknown client dropped (event %s)", event.id());
                return Uni.createFrom().voidItem();
            }
            return contactChanges.persist(pending(client, request, requested)).replaceWithVoid();
        });
    }

    private ContactChange pending(Client client, ProfileChangeRequested request, RequestedValues requested) {
        ContactChange change = new ContactChange();
        change.id = UUID.randomUUID().toString();
        change.tenantId = client.tenantId;
        change.clientId = client.id;
        change.fields = requested.fieldNames();
        change.requestedValuesJson = requested.toJson();
        change.source = request.source().name().toLowerCase();
        change.surveyId = request.surveyId();
        change.responseId = request.responseId();
        change.requestId = request.requestId();
        change.requestedAt = request.requestedAt();
        change.receivedAt = clock.instant();
        change.status = ContactChangeStatus.PENDING;
        return change;
    }
}
