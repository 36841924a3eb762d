package nl.nazorg.benchmarks.report;

import nl.nazorg.benchmarks.measure.Stats;

/**
 * One measured figure of a scenario, beside its target from DESIGN.md §11 and its baseline from the same run.
 *
 * @param label     what was measured, e.g. "re-evaluated and published, 100,000 loan parts"
 * @param value     median, min and max over the measured repetitions
 * @param unit      e.g. "s", "events/s", "ms"
 * @param target    the target's wording, or null when DESIGN.md sets none for this figure
 * @param targetMet whether the median meets it; null without a target
 * @param baseline     the baseline's figure and what it is, or null
 * @param extrapolated computed from a smaller measured size rather than measured (the report marks it)
 */
public record Figure(String label, Stats value, String unit, String target, Boolean targetMet, String baseline,
                     boolean extrapolated) {

    public static Figure of(String label, Stats value, String unit) {
        return new Figure(label, value, unit, null, null, null, false);
    }

    public Figure target(String wording, boolean met) {
        return new Figure(label, value, unit, wording, met, baseline, extrapolated);
    }

    public Figure baseline(String wording) {
        return new Figure(label, value, unit, target, targetMet, wording, extrapolated);
    }

    /** Marks the figure as computed from a smaller size, not measured. */
    public Figure asExtrapolated() {
        return new Figure(label, value, unit, target, targetMet, baseline, true);
    }

    /** The median with its unit, marked when extrapolated. */
    public String shownMedian() {
        return Numbers.format(value.median()) + (unit.isEmpty() ? "" : " " + unit)
                + (extrapolated ? " *(extrapolated, not measured)*" : "");
    }
}
