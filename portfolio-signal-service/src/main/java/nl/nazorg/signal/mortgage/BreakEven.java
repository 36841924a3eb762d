package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Break-even months (terugverdientijd): ⌈(prepayment fee + switching costs) / monthly saving⌉.
 * 0 when there is nothing to earn back; never (empty) when the monthly saving is not positive,
 * even when the costs are 0, because a switch that saves nothing earns nothing back.
 */
public final class BreakEven {

    private BreakEven() {
    }

    /** Whole months to earn back the costs, rounded up; empty when that never happens. */
    public static OptionalInt months(BigDecimal prepaymentFee, BigDecimal switchingCosts, BigDecimal monthlySaving) {
        Objects.requireNonNull(prepaymentFee, "prepayment fee");
        Objects.requireNonNull(switchingCosts, "switching costs");
        Objects.requireNonNull(monthlySaving, "monthly saving");
        if (monthlySaving.signum() <= 0) {
            return OptionalInt.empty();
        }
        BigDecimal costs = prepaymentFee.add(switchingCosts);
        if (costs.signum() <= 0) {
            return OptionalInt.of(0);
        }
        return OptionalInt.of(costs.divide(monthlySaving, 0, RoundingMode.CEILING).intValueExact());
    }
}
