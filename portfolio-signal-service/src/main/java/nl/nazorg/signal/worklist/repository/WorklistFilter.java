package nl.nazorg.signal.worklist.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.signal.rules.SignalCategory;
import nl.nazorg.signal.rules.SignalType;

/** The worklist's filters; null means "any". {@code includeResolved} also lists signals no longer holding. */
public record WorklistFilter(SignalType type, SignalCategory category, SignalStatus status, String adviserId,
        String clientId, LocalDate dueBefore, BigDecimal minAmount, boolean includeResolved) {
}
