package nl.nazorg.client.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ProfileChange;
import nl.nazorg.client.profile.repository.ClientRepository;
import nl.nazorg.client.profile.service.ClientChanges;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.PoisonRecordException;

/**
 * Applies the profile changes a client asked for (e.g. in a survey) and records, per field, that the survey was the
 * source. A value that is not valid for its field makes the whole request poison (dead-letter topic, reason names the
 * field): half a change of contact details is worse than none. Fields this version does not know are skipped.
 */
@ApplicationScoped
public class ProfileChangeHandler {

    private static final Logger LOG = Logger.getLogger(ProfileChangeHandler.class);

    @Inject
    ClientRepository clients;

    @Inject
    ClientChanges changes;

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
        List<Consumer<Client>> edits = new ArrayList<>();
        List<ProfileField> fields = new ArrayList<>();
        for (Map.Entry<ProfileField, String> change : request.changes().entrySet()) {
            if (change.getKey() == ProfileField.UNKNOWN) {
                continue;
            }
            edits.add(ProfileFieldValues.edit(change.getKey(), change.getValue()));
            fields.add(change.getKey());
        }
        return clients.findInTenant(request.tenantId(), request.clientId()).chain(client -> {
            if (client == null) {
                LOG.debugf("profile change for an unknown client skipped (event %s)", event.id());
                return Uni.createFrom().voidItem();
            }
            return changes.change(client, c -> edits.forEach(edit -> edit.accept(c)))
                    .chain(() -> record(client, request, fields));
        });
    }

    private Uni<Void> record(Client client, ProfileChangeRequested request, List<ProfileField> fields) {
        List<ProfileChange> rows = new ArrayList<>();
        for (ProfileField field : fields) {
            ProfileChange row = new ProfileChange();
            row.id = UUID.randomUUID().toString();
            row.tenantId = client.tenantId;
            row.clientId = client.id;
            row.field = field.name();
            row.source = request.source().name().toLowerCase();
            row.surveyId = request.surveyId();
            row.responseId = request.responseId();
            row.requestId = request.requestId();
            row.requestedAt = request.requestedAt();
            row.recordedAt = clock.instant();
            rows.add(row);
        }
        // One session, one row after the other: Panache's persist(Iterable) persists concurrently.
        return ProfileChange.getSession().chain(session -> session.persistAll(rows.toArray()));
    }
}
