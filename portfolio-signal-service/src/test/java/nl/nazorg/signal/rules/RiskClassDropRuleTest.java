package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.nhgMortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static nl.nazorg.signal.rules.ClientFixture.rate;
import static nl.nazorg.signal.rules.ClientFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.nazorg.signal.model.MarketRateTable;
import nl.nazorg.signal.mortgage.Euro;
import nl.nazorg.signal.mortgage.MonthlySaving;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class RiskClassDropRuleTest {

    private static final LocalDate TERM_END = LocalDate.of(2051, 3, 15);
    private final RiskClassDropRule rule = new RiskClassDropRule();
    private static final MarketRateTable ALFA = table("ALFA", rate(10, RiskClass.LTV_80, "3.80"), rate(10, RiskClass.LTV_60, "3.60"));

    private static ClientFixture pricedOnLtv80(String outstanding, String value) {
        return client().marketValue(value).mortgage(mortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.ANNUITY, outstanding, "320000", "3.8", LocalDate.of(2031, 3, 15), 10, RiskClass.LTV_80, null)));
    }

    @Test
    void aLowerLoanToValueBandMeansALowerRateIsAvailable() {
        // LTV 290,000 / 500,000 = 58% -> LTV_60; lender's discount 3.80 - 3.60 = 0.20 -> 3.6%
        // A=lambda p:(lambda r:290000*r/(1-(1+r)**-300))(F(p)/1200); print(float(A('3.8')-A('3.6')))  -> 31.47616282758308
        assertThat(rule.evaluate(pricedOnLtv80("290000", "500000").snapshot(), context(ALFA)).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("RISK_CLASS_DROP:M-1:LTV_60");
                    assertThat(f.figure("loanToValuePercent")).isEqualByComparingTo("58.00");
                    assertThat(f.figure("part.LP-1.rateDiscount")).isEqualByComparingTo("0.20");
                    assertThat(f.figure("estimatedMonthlySaving")).isEqualByComparingTo("31.48");
                    assertThat(f.explanation().dutch()).isEqualTo("De verhouding tussen hypotheek en woningwaarde is gedaald"
                            + " naar 58,00%; daarmee valt de hypotheek in risicoklasse ≤ 60%, lager dan de klasse waarop de"
                            + " rente is gebaseerd (≤ 80%). De geldverstrekker kan de rente verlagen (geschat € 31,48 bruto per maand).");
                });
    }

    @Test
    void exactlySixtyPercentIsTheLowerBandJustAboveIsNot() {
        assertThat(rule.evaluate(pricedOnLtv80("300000", "500000").snapshot(), context(ALFA)).findings()).hasSize(1);
        assertThat(rule.evaluate(pricedOnLtv80("300001", "500000").snapshot(), context(ALFA)).findings()).isEmpty();
    }

    @Test
    void withoutTheLendersRatesTheDropIsStillRaisedWithoutASavingEstimate() {
        assertThat(rule.evaluate(pricedOnLtv80("290000", "500000").snapshot(), context()).findings())
                .singleElement().satisfies(f -> assertThat(f.figures()).doesNotContainKey("estimatedMonthlySaving"));
    }

    @Test
    void aMissingValuationIsNoted() {
        RuleResult result = rule.evaluate(pricedOnLtv80("290000", null).snapshot(), context(ALFA));
        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.type()).isEqualTo(SignalType.RISK_CLASS_DROP));
    }

    @Test
    void anNhgMortgageStaysNhg() {
        ClientFixture nhg = client().mortgage(nhgMortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.ANNUITY, "100000", "320000", "3.8", null, 10, RiskClass.NHG, null)));
        assertThat(rule.evaluate(nhg.snapshot(), context(ALFA))).isEqualTo(RuleResult.none());
    }

    @Test
    void aRateNearTheLowestIsLoweredNoFurtherThanTheLowest() {
        // -0.9% less the lender's 0.20 discount would be -1.10%, below any rate there is: the estimate uses -1%.
        ClientFixture nearLowest = client().marketValue("500000").mortgage(mortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.ANNUITY, "290000", "320000", "-0.9", LocalDate.of(2031, 3, 15), 10,
                        RiskClass.LTV_80, null)));
        assertThat(rule.evaluate(nearLowest.snapshot(), context(ALFA)).findings()).singleElement().satisfies(f -> {
            assertThat(f.figure("part.LP-1.rateDiscount")).isEqualByComparingTo("0.20");
            assertThat(f.figure("estimatedMonthlySaving")).isEqualByComparingTo(Euro.cents(MonthlySaving.exact(
                    RepaymentType.ANNUITY, new BigDecimal("290000"), new BigDecimal("-0.9"), new BigDecimal("-1"),
                    300)));
        });
    }
}
