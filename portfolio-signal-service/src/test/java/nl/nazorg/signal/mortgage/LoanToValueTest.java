package nl.nazorg.signal.mortgage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoanToValueTest {

    private final RiskClassBoundaries standard = RiskClassBoundaries.standard();

    @Test
    void ratioOfDebtToValue() {
        assertThat(LoanToValue.of(eur("300000"), eur("400000"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.75"));
        assertThat(LoanToValue.asPercent(new BigDecimal("0.583333"))).isEqualByComparingTo("58.33");
    }

    @Test
    void noValuationMeansNoLoanToValue() {
        assertThat(LoanToValue.of(eur("300000"), null)).isEmpty();
        assertThat(LoanToValue.of(eur("300000"), eur("0"))).isEmpty();
    }

    @Test
    void boundariesAreInclusive() {
        assertThat(standard.classify(ltv("300000", "500000"))).isEqualTo(RiskClass.LTV_60);
        assertThat(standard.classify(ltv("300001", "500000"))).isEqualTo(RiskClass.LTV_80);
        assertThat(standard.classify(ltv("400000", "500000"))).isEqualTo(RiskClass.LTV_80);
        assertThat(standard.classify(ltv("450000", "500000"))).isEqualTo(RiskClass.LTV_90);
        assertThat(standard.classify(ltv("500000", "500000"))).isEqualTo(RiskClass.LTV_100);
        assertThat(standard.classify(ltv("500001", "500000"))).isEqualTo(RiskClass.ABOVE_100);
        assertThat(standard.classify(BigDecimal.ZERO)).isEqualTo(RiskClass.LTV_60);
    }

    @Test
    void nhgIsClassNhgWhateverTheLoanToValue() {
        assertThat(standard.classify(ltv("600000", "500000"), true)).isEqualTo(RiskClass.NHG);
        assertThat(standard.classify(ltv("600000", "500000"), false)).isEqualTo(RiskClass.ABOVE_100);
    }

    @Test
    void aLenderMayHaveItsOwnBands() {
        RiskClassBoundaries lender = new RiskClassBoundaries(List.of(
                new RiskClassBoundaries.Boundary(new BigDecimal("1.00"), RiskClass.LTV_100),
                new RiskClassBoundaries.Boundary(new BigDecimal("0.65"), RiskClass.LTV_60)));
        assertThat(lender.classify(new BigDecimal("0.65"))).isEqualTo(RiskClass.LTV_60);
        assertThat(lender.classify(new BigDecimal("0.66"))).isEqualTo(RiskClass.LTV_100);
        assertThatThrownBy(() -> new RiskClassBoundaries.Boundary(BigDecimal.ONE, RiskClass.NHG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal ltv(String debt, String value) {
        return LoanToValue.of(eur(debt), eur(value)).orElseThrow();
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
