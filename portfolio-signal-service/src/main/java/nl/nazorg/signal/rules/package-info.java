/**
 * The signal rules of DESIGN.md §4, one small class per signal type, each a {@link nl.nazorg.signal.rules.SignalRule}.
 * A rule reads a {@link nl.nazorg.signal.model.ClientSnapshot} and an {@link nl.nazorg.signal.rules.EvaluationContext}
 * (today, tenant settings, market rates) and returns {@link nl.nazorg.signal.rules.SignalFinding}s, plus notes
 * when it could not judge (a missing valuation, an unknown date of birth). {@link nl.nazorg.signal.rules.SignalRules}
 * lists them all. Plain Java: no I/O, no clock of its own; "today" comes from the context.
 *
 * <p>Findings carry no names or contact details, so they can travel on the partner-facing signals topic.
 */
package nl.nazorg.signal.rules;
