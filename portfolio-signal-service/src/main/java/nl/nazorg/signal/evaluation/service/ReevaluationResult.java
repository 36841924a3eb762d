package nl.nazorg.signal.evaluation.service;

import java.time.Duration;

/** What a bulk re-evaluation did: clients visited, signal events written, and how long it took. */
public record ReevaluationResult(long clients, long changes, Duration took) {
}
