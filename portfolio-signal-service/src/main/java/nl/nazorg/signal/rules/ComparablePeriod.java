package nl.nazorg.signal.rules;

import java.time.LocalDate;
import nl.nazorg.signal.model.LoanPart;

/**
 * The fixed-rate period length (in years) to look up market rates for a loan part: its agreed length
 * when known; otherwise the remaining fixed-rate period rounded UP to whole years, at least 1 (a variable
 * or ended period compares with the shortest period on offer).
 */
final class ComparablePeriod {

    private ComparablePeriod() {
    }

    static int years(LoanPart part, LocalDate today) {
        if (part.fixedRatePeriodYears() != null) {
            return part.fixedRatePeriodYears();
        }
        int months = part.remainingFixedRateMonths(today);
        return Math.max(1, (months + 11) / 12);
    }
}
