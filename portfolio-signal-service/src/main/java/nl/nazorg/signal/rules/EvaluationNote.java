package nl.nazorg.signal.rules;

import java.util.Objects;

/**
 * A rule could not judge part of the situation and so raised nothing for it: says which rule, about
 * what (e.g. {@code mortgage M-1}) and why (e.g. no market value known, so no loan-to-value).
 */
public record EvaluationNote(SignalType type, String subject, String reason) {

    public EvaluationNote {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }
}
