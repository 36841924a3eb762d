package nl.nazorg.signal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What rules found, and the notes where they could not judge. */
public record RuleResult(List<SignalFinding> findings, List<EvaluationNote> notes) {

    public RuleResult {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }

    /** Nothing found, nothing to note. */
    public static RuleResult none() {
        return new RuleResult(List.of(), List.of());
    }

    /** Findings only. */
    public static RuleResult of(List<SignalFinding> findings) {
        return new RuleResult(findings, List.of());
    }

    /** One finding. */
    public static RuleResult of(SignalFinding finding) {
        return new RuleResult(List.of(finding), List.of());
    }

    /** Nothing found, because the rule could not judge. */
    public static RuleResult noted(EvaluationNote note) {
        return new RuleResult(List.of(), List.of(note));
    }

    /** Both results together. */
    public RuleResult plus(RuleResult other) {
        List<SignalFinding> allFindings = new ArrayList<>(findings);
        allFindings.addAll(other.findings);
        List<EvaluationNote> allNotes = new ArrayList<>(notes);
        allNotes.addAll(other.notes);
        return new RuleResult(allFindings, allNotes);
    }
}
