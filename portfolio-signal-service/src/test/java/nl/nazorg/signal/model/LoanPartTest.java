package nl.nazorg.signal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class LoanPartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void feeFreeShareDefaultsToTenPercent() {
        assertThat(part("4", LocalDate.of(2031, 3, 15), null).feeFreePrepaymentShare()).isEqualByComparingTo("0.10");
    }

    @Test
    void remainingFixedRateMonthsRoundDownAndAreZeroForAVariableRate() {
        assertThat(part("4", LocalDate.of(2031, 3, 14), null).remainingFixedRateMonths(TODAY)).isEqualTo(59);
        assertThat(part("4", null, null).remainingFixedRateMonths(TODAY)).isZero();
        assertThat(part("4", null, null).hasFixedRateAfter(TODAY)).isFalse();
        assertThat(part("4", TODAY, null).hasFixedRateAfter(TODAY)).isFalse();
    }

    @Test
    void ratesDownToMinusOnePercentOnly() {
        assertThat(part("-1", null, null).interestRatePercent()).isEqualByComparingTo("-1");
        assertThatThrownBy(() -> part("-1.5", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidSharesAndPeriodsAreRefused() {
        assertThatThrownBy(() -> part("4", null, new BigDecimal("1.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoanPart("LP", RepaymentType.ANNUITY, BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.ONE, null, RiskClass.LTV_80, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LoanPart part(String rate, LocalDate fixedEnd, BigDecimal share) {
        return new LoanPart("LP-1", RepaymentType.ANNUITY, new BigDecimal("200000"), new BigDecimal("150000"),
                new BigDecimal(rate), fixedEnd, RiskClass.LTV_80, share, null);
    }
}
