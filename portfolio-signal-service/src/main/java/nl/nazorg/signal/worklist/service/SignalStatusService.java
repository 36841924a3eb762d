package nl.nazorg.signal.worklist.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.signal.store.mapping.SignalEvents.Kind;
import nl.nazorg.signal.store.repository.SignalRow;
import nl.nazorg.signal.store.service.SignalChange;
import nl.nazorg.signal.store.service.SignalReconciliation;
import nl.nazorg.signal.store.service.SignalStore;
import nl.nazorg.signal.worklist.rest.StatusChange;

/**
 * The adviser's status of a signal (OPEN, IN_PROGRESS, DONE, DISMISSED with a reason code), published as
 * SignalUpdated with the change. Setting the status it already has publishes nothing.
 */
@ApplicationScoped
public class SignalStatusService {

    @Inject
    SignalStore store;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<SignalRow> change(String tenantId, UUID id, StatusChange change) {
        boolean dismissed = change.status() == SignalStatus.DISMISSED;
        if (dismissed && change.dismissReason() == null) {
            throw new BadRequestException("dismissReason is required when the status is DISMISSED");
        }
        if (!dismissed && change.dismissReason() != null) {
            throw new BadRequestException("dismissReason is only allowed with the status DISMISSED");
        }
        return SignalRow.<SignalRow>find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .onItem().ifNull().failWith(NotFoundException::new)
                .chain(row -> {
                    if (!row.isOpen()) {
                        throw new ClientErrorException("the signal is resolved", Response.Status.CONFLICT);
                    }
                    if (row.status == change.status() && row.dismissReason == change.dismissReason()) {
                        return Uni.createFrom().item(row);
                    }
                    row.status = change.status();
                    row.dismissReason = change.dismissReason();
                    SignalReconciliation.touch(row, clock.instant());
                    return store.publish(List.of(new SignalChange(Kind.UPDATED, row))).replaceWith(row);
                });
    }
}
