package nl.nazorg.signal.mortgage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BreakEvenTest {

    @Test
    void roundsUpToWholeMonths() {
        // 4210.00 / 187.12 = 22.4989... -> 23
        assertThat(BreakEven.months(eur("4210.00"), eur("0"), eur("187.12"))).hasValue(23);
    }

    @Test
    void switchingCostsAddToTheFee() {
        // (1000 + 500) / 100 = 15 exactly: no rounding up of an exact division
        assertThat(BreakEven.months(eur("1000"), eur("500"), eur("100"))).hasValue(15);
    }

    @Test
    void nothingToEarnBackIsZeroMonths() {
        assertThat(BreakEven.months(eur("0"), eur("0"), eur("150"))).hasValue(0);
    }

    @Test
    void neverWhenThereIsNoSaving() {
        assertThat(BreakEven.months(eur("1000"), eur("0"), eur("0"))).isEmpty();
        assertThat(BreakEven.months(eur("0"), eur("0"), eur("0"))).isEmpty();
        assertThat(BreakEven.months(eur("1000"), eur("0"), eur("-5"))).isEmpty();
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
