package nl.nazorg.campaign.signal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.signal.SignalEvent;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.messaging.consumer.PoisonRecordException;

/** Applies signal events (state-carried) to {@link KnownSignal}; stale versions change nothing. */
@ApplicationScoped
public class SignalProjection {

    @Inject
    ObjectMapper json;

    /** @return the stored signal after the event (its tenant checked against the event's) */
    public Uni<KnownSignal> apply(SignalEvent event) {
        return KnownSignal.<KnownSignal>findById(event.signalId()).chain(found -> {
            if (found != null && !found.tenantId.equals(event.tenantId())) {
                throw new PoisonRecordException("tenantId differs from the stored signal's tenant");
            }
            KnownSignal signal = found == null ? new KnownSignal() : found;
            signal.applyIfNewer(event.version(), () -> copy(event, signal));
            return found == null ? signal.persist() : Uni.createFrom().item(signal);
        });
    }

    private void copy(SignalEvent event, KnownSignal signal) {
        signal.signalId = event.signalId();
        signal.tenantId = event.tenantId();
        signal.clientId = event.clientId();
        signal.type = event.type();
        signal.messageClass = event.messageClass();
        signal.deduplicationKey = event.deduplicationKey();
        signal.dueDate = event.dueDate();
        signal.open = event.resolvedAt() == null
                && (event.status() == null || event.status() == SignalStatus.OPEN || event.status() == SignalStatus.IN_PROGRESS);
        try {
            signal.figuresJson = json.writeValueAsString(event.figures());
            signal.inputsJson = json.writeValueAsString(event.inputs());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
