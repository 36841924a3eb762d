package nl.nazorg.signal.store.mapping;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;


import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.ids.TimeOrderedIds;
import nl.nazorg.events.signal.SignalCategory;
import nl.nazorg.events.signal.SignalEvent;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalResolved;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.events.signal.SignalUpdated;
import nl.nazorg.events.signal.SuppressionReason;
import nl.nazorg.messaging.outbox.OutboxEvent;
import nl.nazorg.messaging.outbox.RawJson;
import nl.nazorg.signal.store.repository.SignalRow;

/**
 * A signal row → its state-carried event on signals.v1 (the entity and the event schema stay separate). Figures
 * and inputs whose names the contract does not allow (the per-part details such as {@code part.<id>.newRate},
 * whose ids are not camelCase) stay on the adviser's REST view and are left off the partner-facing topic.
 */
public final class SignalEvents {

    private static final int MAX_INPUT_LENGTH = 500;

    private SignalEvents() {
    }

    public enum Kind { RAISED, UPDATED, RESOLVED }

    public static OutboxEvent outboxEvent(Kind kind, SignalRow row) {
        return outboxEvent(kind, row, SignalJson.figures(row.figures), SignalJson.inputs(row.inputs));
    }

    /** The event of a row whose figures and inputs the caller holds as values (the finding it was filled from). */
    public static OutboxEvent outboxEvent(Kind kind, SignalRow row, Map<String, BigDecimal> figures,
            Map<String, String> inputs) {
        SignalEvent event = event(kind, row, figures, inputs);
        EventType type = EventType.of(event);
        return new OutboxEvent(TimeOrderedIds.next(), OffsetDateTime.ofInstant(row.updatedAt, ZoneOffset.UTC),
                Topics.SIGNALS, row.clientId, type.ceType(), row.clientId, row.tenantId, RawJson.contract(event));
    }

    private static SignalEvent event(Kind kind, SignalRow row, Map<String, BigDecimal> allFigures,
            Map<String, String> allInputs) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        allFigures.forEach((name, value) -> {
            if (isContractName(name)) {
                figures.put(name, value);
            }
        });
        Map<String, String> inputs = new LinkedHashMap<>();
        allInputs.forEach((name, value) -> {
            if (isContractName(name)) {
                inputs.put(name, value.length() > MAX_INPUT_LENGTH ? value.substring(0, MAX_INPUT_LENGTH) : value);
            }
        });
        SignalType type = SignalType.valueOf(row.type.name());
        SignalCategory category = SignalCategory.valueOf(row.category.name());
        MessageClass messageClass = MessageClass.valueOf(row.messageClass.name());
        String ruleVersion = ruleVersion(row);
        SuppressionReason suppression = row.suppressed ? SuppressionReason.PAYMENT_ARREARS : null;
        return switch (kind) {
            case RAISED -> new SignalRaised(row.id.toString(), row.tenantId, row.clientId, row.version, type, category,
                    messageClass, row.deduplicationKey, figures, inputs, ruleVersion, row.dueDate, row.status,
                    row.suppressed, suppression, row.dismissReason, row.raisedAt, row.updatedAt, null);
            case UPDATED -> new SignalUpdated(row.id.toString(), row.tenantId, row.clientId, row.version, type,
                    category, messageClass, row.deduplicationKey, figures, inputs, ruleVersion, row.dueDate,
                    row.status, row.suppressed, suppression, row.dismissReason, row.raisedAt, row.updatedAt, null);
            case RESOLVED -> new SignalResolved(row.id.toString(), row.tenantId, row.clientId, row.version, type,
                    category, messageClass, row.deduplicationKey, figures, inputs, ruleVersion, row.dueDate,
                    row.status, row.suppressed, suppression, row.dismissReason, row.raisedAt, row.updatedAt,
                    row.resolvedAt, row.resolution);
        };
    }

    /** The contract's names, {@code ^[a-z][A-Za-z0-9]*$}, checked without a regular expression (a hot path). */
    private static boolean isContractName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** e.g. {@code REFINANCE_SAVING/1}: the rule and its version, as the contract's example writes it. */
    public static String ruleVersion(SignalRow row) {
        return row.type.name() + "/" + row.ruleVersion;
    }
}
