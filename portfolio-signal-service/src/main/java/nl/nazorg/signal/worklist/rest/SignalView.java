package nl.nazorg.signal.worklist.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.nazorg.events.signal.DismissReason;
import nl.nazorg.events.signal.SignalResolution;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.signal.rules.MessageClass;
import nl.nazorg.signal.rules.SignalCategory;
import nl.nazorg.signal.rules.SignalType;
import nl.nazorg.signal.store.mapping.SignalEvents;
import nl.nazorg.signal.store.mapping.SignalJson;
import nl.nazorg.signal.store.repository.SignalRow;

/**
 * A signal as the adviser sees it: its figures, the inputs and rule version behind them, and why in plain Dutch
 * and English ({@code explanation.nl}, {@code explanation.en}).
 */
public record SignalView(
        String id,
        String clientId,
        String adviserId,
        SignalType type,
        SignalCategory category,
        MessageClass messageClass,
        String deduplicationKey,
        BigDecimal monthlySaving,
        Map<String, BigDecimal> figures,
        Map<String, String> inputs,
        String ruleVersion,
        LocalDate dueDate,
        SignalStatus status,
        DismissReason dismissReason,
        boolean suppressed,
        String suppressionReason,
        Why explanation,
        Instant raisedAt,
        Instant updatedAt,
        Instant resolvedAt,
        SignalResolution resolution,
        long version) {

    public record Why(String nl, String en) {
    }

    public static SignalView of(SignalRow row) {
        return new SignalView(row.id.toString(), row.clientId, row.adviserId, row.type, row.category,
                row.messageClass, row.deduplicationKey, row.amount, SignalJson.figures(row.figures),
                SignalJson.inputs(row.inputs), SignalEvents.ruleVersion(row), row.dueDate, row.status,
                row.dismissReason, row.suppressed, row.suppressed ? "PAYMENT_ARREARS" : null,
                new Why(row.explanationNl, row.explanationEn), row.raisedAt, row.updatedAt, row.resolvedAt,
                row.resolution, row.version);
    }
}
