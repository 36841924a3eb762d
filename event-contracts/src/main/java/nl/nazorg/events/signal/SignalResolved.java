package nl.nazorg.events.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.internal.Copies;

/**
 * A signal was resolved (signaal vervallen): the situation no longer holds. Carries the signal's last full state,
 * with {@code resolvedAt} and the {@code resolution}. Nothing follows it for the same signalId; the same situation
 * arising again raises a new signal. On {@code signals.v1} with {@code ce_type} {@code nl.nazorg.signal.resolved.v1};
 * the other fields are described on {@link SignalEvent}.
 *
 * @param resolution why it was resolved
 */
public record SignalResolved(
        String signalId,
        String tenantId,
        String clientId,
        long version,
        SignalType type,
        SignalCategory category,
        MessageClass messageClass,
        String deduplicationKey,
        Map<String, BigDecimal> figures,
        Map<String, String> inputs,
        String ruleVersion,
        LocalDate dueDate,
        SignalStatus status,
        boolean suppressed,
        SuppressionReason suppressionReason,
        DismissReason dismissReason,
        Instant raisedAt,
        Instant updatedAt,
        Instant resolvedAt,
        SignalResolution resolution) implements SignalEvent {

    public SignalResolved {
        figures = Copies.map(figures);
        inputs = Copies.map(inputs);
    }
}
