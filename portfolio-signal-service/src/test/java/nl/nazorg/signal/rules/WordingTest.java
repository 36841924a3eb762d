package nl.nazorg.signal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.nazorg.signal.model.RateOffer;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void dutchMoney() {
        assertThat(Wording.euroNl(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
        assertThat(Wording.euroNl(new BigDecimal("4210"))).isEqualTo("€ 4.210,00");
        assertThat(Wording.euroNl(new BigDecimal("0.5"))).isEqualTo("€ 0,50");
        assertThat(Wording.euroNl(new BigDecimal("999.995"))).isEqualTo("€ 1.000,00");
        assertThat(Wording.euroNl(new BigDecimal("1234567.891"))).isEqualTo("€ 1.234.567,89");
        assertThat(Wording.euroNl(new BigDecimal("-100"))).isEqualTo("€ -100,00");
    }

    @Test
    void englishMoney() {
        assertThat(Wording.euroEn(new BigDecimal("16717.7"))).isEqualTo("€16,717.70");
        assertThat(Wording.euroEn(new BigDecimal("100"))).isEqualTo("€100.00");
    }

    @Test
    void ratesKeepAtLeastTwoDecimals() {
        assertThat(Wording.rateNl(new BigDecimal("3.450"))).isEqualTo("3,45%");
        assertThat(Wording.rateNl(new BigDecimal("3.125"))).isEqualTo("3,125%");
        assertThat(Wording.rateNl(new BigDecimal("4"))).isEqualTo("4,00%");
        assertThat(Wording.rateNl(new BigDecimal("10.000"))).isEqualTo("10,00%");
        assertThat(Wording.rateEn(new BigDecimal("-0.5"))).isEqualTo("-0.50%");
    }

    @Test
    void datesMonthsAndRiskClasses() {
        assertThat(Wording.dateNl(LocalDate.of(2027, 3, 1))).isEqualTo("1 maart 2027");
        assertThat(Wording.dateEn(LocalDate.of(2027, 3, 1))).isEqualTo("1 March 2027");
        assertThat(Wording.monthsNl(1)).isEqualTo("1 maand");
        assertThat(Wording.monthsNl(23)).isEqualTo("23 maanden");
        assertThat(Wording.monthsEn(1)).isEqualTo("1 month");
        assertThat(Wording.riskClass(RiskClass.ABOVE_100)).isEqualTo("> 100%");
    }

    @Test
    void theRefinanceSentenceOfTheBrief() {
        Explanation explanation = RefinanceExplanation.of(
                List.of(new RateOffer("ALFA", 10, RiskClass.LTV_80, new BigDecimal("3.450"))),
                new BigDecimal("187.12"), new BigDecimal("4210.00"), BigDecimal.ZERO, 23);
        assertThat(explanation.dutch()).isEqualTo("Door over te sluiten naar 3,45% (10 jaar vast) daalt de bruto maandlast"
                + " met € 187,12; de geschatte boeterente van € 4.210,00 is na 23 maanden terugverdiend.");
        assertThat(explanation.english()).isEqualTo("Refinancing at 3.45% (10-year fixed) lowers the gross monthly payment"
                + " by €187.12; the estimated prepayment fee of €4,210.00 is earned back after 23 months.");
    }

    @Test
    void refinancingPartsAtDifferentRatesAndWithBothCosts() {
        Explanation explanation = RefinanceExplanation.of(List.of(
                        new RateOffer("ALFA", 10, RiskClass.LTV_80, new BigDecimal("3.45")),
                        new RateOffer("ALFA", 5, RiskClass.LTV_80, new BigDecimal("3.30"))),
                new BigDecimal("250"), new BigDecimal("1000"), new BigDecimal("500"), 1);
        assertThat(explanation.dutch()).isEqualTo("Door de leningdelen over te sluiten naar de laagste rente die nu wordt"
                + " aangeboden daalt de bruto maandlast met € 250,00; de geschatte boeterente van € 1.000,00 en de"
                + " overstapkosten van € 500,00 zijn na 1 maand terugverdiend.");
    }
}
