package nl.nazorg.signal.worklist.rest;

import java.math.BigDecimal;

import nl.nazorg.signal.rules.SignalType;

/** Dashboard line: how many signals of a type are open or in progress, and their total monthly saving. */
public record TypeSummary(SignalType type, long count, BigDecimal totalMonthlySaving) {
}
