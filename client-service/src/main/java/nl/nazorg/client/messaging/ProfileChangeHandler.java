package nl.nazorg.client.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import nl.nazorg.client.contactchange.domain.ContactChange;
import nl.nazorg.client.contactchange.domain.ContactChangeStatus;
import nl.nazorg.client.contactchange.domain.InvalidContactValueException;
import nl.nazorg.client.contactchange.domain.RequestedValues;
import nl.nazorg.client.contactchange.repository.ContactChangeTable;
import nl.nazorg.client.profile.repository.ClientKey;
import nl.nazorg.client.profile.repository.ClientTable;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.PoisonRecordException;

/**
 * Puts the profile changes a client asked for (e.g. in a survey) on the adviser's worklist as a pending
 * {@link ContactChange}; the client file changes only when an adviser approves (a survey link in an inbox is no proof
 * that the client asked). A value that is not valid for its field makes the whole request poison (dead-letter topic,
 * reason names the field): half a change of contact details is worse than none. Fields this version does not know are
 * skipped; a request for a client that does not exist (any more) is dropped.
 *
 * <p>A poll's requests are stored together: the values checked while reading ({@link RequestedValues}, plain Java),
 * the clients locked in one statement, the pending changes inserted in one.
 */
@ApplicationScoped
public class ProfileChangeHandler {

    private static final Logger LOG = Logger.getLogger(ProfileChangeHandler.class);

    @Inject
    Clock clock;

    /** Refuses, while the poll is read, what can never be applied: the record is dead-lettered with the reason. */
    public static void check(IncomingEvent<ProfileChangeRequested> event) {
        event.require(!event.isTombstone(), "null value on a delete topic")
                .requireTenant(event.payload().tenantId())
                .require(event.payload().clientId() != null, "clientId is missing")
                .require(event.payload().source() != null, "source is missing")
                .require(event.payload().changes() != null, "changes are missing")
                .require(event.payload().clientId().equals(event.key()), "clientId differs from the record key");
        requested(event.payload());
    }

    public Uni<Void> apply(SqlConnection transaction, List<IncomingEvent<ProfileChangeRequested>> events) {
        List<ProfileChangeRequested> known = events.stream().map(IncomingEvent::payload)
                .filter(request -> !requested(request).isEmpty())
                .toList();
        LOG.debugf("%d profile changes without known fields skipped", events.size() - known.size());
        if (known.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Locked like an erasure locks it: an erasure commits first (the client is gone, the request dropped) or
        // waits and deletes these pending changes with the rest of the client's data.
        Set<ClientKey> clients = known.stream().map(ProfileChangeHandler::key).collect(Collectors.toSet());
        return ClientTable.lockExisting(transaction, clients).chain(existing -> {
            List<ContactChange> pending = known.stream().filter(request -> existing.contains(key(request)))
                    .map(this::pending)
                    .toList();
            LOG.debugf("%d profile changes for unknown clients dropped", known.size() - pending.size());
            return ContactChangeTable.insertAll(transaction, pending);
        });
    }

    private static RequestedValues requested(ProfileChangeRequested request) {
        try {
            return RequestedValues.checked(request.changes());
        } catch (InvalidContactValueException invalid) {
            throw new PoisonRecordException(invalid.getMessage());
        }
    }

    private ContactChange pending(ProfileChangeRequested request) {
        RequestedValues requested = requested(request);
        ContactChange change = new ContactChange();
        change.id = UUID.randomUUID().toString();
        change.tenantId = request.tenantId();
        change.clientId = request.clientId();
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

    private static ClientKey key(ProfileChangeRequested request) {
        return new ClientKey(request.tenantId(), request.clientId());
    }
}
