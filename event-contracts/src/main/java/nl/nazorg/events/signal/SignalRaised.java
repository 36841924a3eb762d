package nl.nazorg.events.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.internal.Copies;

/**
 * A signal was raised (signaal ontstaan): a situation worth acting on began for a client. Carries the signal's full
 * state, version 1, usually with status OPEN. On {@code signals.v1} with {@code ce_type}
 * {@code nl.nazorg.signal.raised.v1}; every field is described on {@link SignalEvent}.
 */
public record SignalRaised(
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
        Instant resolvedAt) implements SignalEvent {

    public SignalRaised {
        figures = Copies.map(figures);
        inputs = Copies.map(inputs);
    }
}
