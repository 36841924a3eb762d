package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.TODAY;
import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.eur;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.nhgMortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static nl.nazorg.signal.rules.ClientFixture.rate;
import static nl.nazorg.signal.rules.ClientFixture.table;
import static nl.nazorg.signal.rules.RefinanceSavingRuleTest.ALFA;
import static nl.nazorg.signal.rules.RefinanceSavingRuleTest.IN_60_MONTHS;
import static nl.nazorg.signal.rules.RefinanceSavingRuleTest.IN_96_MONTHS;
import static nl.nazorg.signal.rules.RefinanceSavingRuleTest.TERM_END;
import static nl.nazorg.signal.rules.RefinanceSavingRuleTest.feeFree;
import static nl.nazorg.signal.rules.RefinanceSavingRuleTest.interestOnlyClient;
import static org.assertj.core.api.Assertions.assertThat;

import nl.nazorg.signal.model.MarketRateTable;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

/**
 * REFINANCE_SAVING at its edges: the minimum saving (exactly 100.00 is not enough, 100.01 is; a client's own
 * minimum of 150), a 0% rate, a repaid part, a missing valuation, NHG, no lower rate, no portfolio, an ended
 * term. Same today and provenance of figures as {@link RefinanceSavingRuleTest}.
 */
class RefinanceSavingEdgeCasesTest {

    private final RefinanceSavingRule rule = new RefinanceSavingRule();

    @Test
    void savingExactlyTheMinimumIsNotEnoughOneCentMoreIs() {
        // interest-only, fully fee-free (share 1.0): 120000*(4-3)/1200 = 100.00; 120012*(4-3)/1200 = 100.01
        // LTV 120,000 / 400,000 = 30% -> LTV_60
        MarketRateTable rates = table("ALFA", rate(10, RiskClass.LTV_60, "3.00"));
        assertThat(rule.evaluate(feeFree("120000").snapshot(), context(rates)).findings()).isEmpty();
        assertThat(rule.evaluate(feeFree("120012").snapshot(), context(rates)).findings()).singleElement().satisfies(f -> {
            assertThat(f.figure("monthlySaving")).isEqualByComparingTo("100.01");
            assertThat(f.figure("breakEvenMonths")).isZero();
            assertThat(f.explanation().dutch()).endsWith("daalt de bruto maandlast met € 100,01; er is geen boeterente verschuldigd.");
        });
    }

    @Test
    void aClientsOwnMinimumOf150Counts() {
        // 180000*(4-3)/1200 = 150.00 -> not more than 150; 180012 -> 150.01
        MarketRateTable rates = table("ALFA", rate(10, RiskClass.LTV_60, "3.00"));
        ClientFixture at150 = feeFree("180000");
        at150.minimumMonthlySaving = eur("150.00");
        ClientFixture above150 = feeFree("180012");
        above150.minimumMonthlySaving = eur("150.00");
        ClientFixture hundredAndACent = feeFree("120012");
        hundredAndACent.minimumMonthlySaving = eur("150.00");
        assertThat(rule.evaluate(at150.snapshot(), context(rates)).findings()).isEmpty();
        assertThat(rule.evaluate(hundredAndACent.snapshot(), context(rates)).findings()).isEmpty();
        assertThat(rule.evaluate(above150.snapshot(), context(rates)).findings()).singleElement()
                .satisfies(f -> assertThat(f.figure("minimumMonthlySaving")).isEqualByComparingTo("150.00"));
    }

    @Test
    void aNewRateOfZeroPercent() {
        // a=lambda p: (lambda r: 150000*r/(1-(1+r)**-300) if r else F(150000,300))(F(p)/1200); print(float(a('2')), float(a('0')))
        //   -> 635.7815079661101 500.0; saving 135.78
        ClientFixture client = client().mortgage(mortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.ANNUITY, "150000", "150000", "2.0", IN_60_MONTHS, 10, RiskClass.LTV_60, "1.0")));
        assertThat(rule.evaluate(client.snapshot(), context(table("ALFA", rate(10, RiskClass.LTV_60, "0.00")))).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.figure("monthlySaving")).isEqualByComparingTo("135.78");
                    assertThat(f.figure("newMonthlyPayment")).isEqualByComparingTo("500.00");
                });
    }

    @Test
    void aRepaidPartIsLeftOut() {
        ClientFixture client = interestOnlyClient();
        client.mortgages.set(0, mortgage("M-1", TERM_END,
                client.mortgages.get(0).loanParts().get(0),
                part("LP-2", RepaymentType.ANNUITY, "0", "100000", "6.0", IN_96_MONTHS, 10, RiskClass.LTV_80, null)));
        assertThat(rule.evaluate(client.snapshot(), context(ALFA)).findings()).singleElement().satisfies(f -> {
            assertThat(f.figure("monthlySaving")).isEqualByComparingTo("337.50");
            assertThat(f.figures().keySet()).noneMatch(name -> name.startsWith("part.LP-2"));
        });
    }

    @Test
    void aMissingValuationMeansNoRiskClassSoNothingIsRaisedAndANoteSaysWhy() {
        RuleResult result = rule.evaluate(interestOnlyClient().marketValue(null).snapshot(), context(ALFA));
        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.type()).isEqualTo(SignalType.REFINANCE_SAVING);
            assertThat(note.subject()).isEqualTo("mortgage M-1");
            assertThat(note.reason()).contains("no market value");
        });
    }

    @Test
    void anNhgMortgageNeedsNoValuation() {
        // NHG 3.10: saving 300000*1.7/1200 = 425.00
        // fee: c=300000*(1-F(1,10))*F('1.7')/1200; q=1+F('3.1')/1200; print(float(sum(c/q**k for k in range(1,61))))
        //   -> 21234.47101725755 -> 21234.47; break-even ceil(49.96) = 50
        ClientFixture nhg = client().marketValue(null).mortgage(nhgMortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.INTEREST_ONLY, "300000", "300000", "4.8", IN_60_MONTHS, 10, RiskClass.NHG, null)));
        assertThat(rule.evaluate(nhg.snapshot(), context(ALFA)).findings()).singleElement().satisfies(f -> {
            assertThat(f.figure("monthlySaving")).isEqualByComparingTo("425.00");
            assertThat(f.figure("prepaymentFee")).isEqualByComparingTo("21234.47");
            assertThat(f.inputs()).containsEntry("currentRiskClass", "NHG").containsEntry("loanToValuePercent", "");
        });
    }

    @Test
    void nothingWhenNoRateIsLowerOrNoneIsOffered() {
        assertThat(rule.evaluate(interestOnlyClient().snapshot(), context(table("ALFA", rate(10, RiskClass.LTV_80, "4.90")))))
                .isEqualTo(RuleResult.none());
        RuleResult noRates = rule.evaluate(interestOnlyClient().snapshot(), context());
        assertThat(noRates.findings()).isEmpty();
        assertThat(noRates.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("no market rate"));
    }

    @Test
    void nothingWithoutAPortfolioOrAfterTheTerm() {
        ClientFixture unknown = interestOnlyClient();
        unknown.portfolioKnown = false;
        assertThat(rule.evaluate(unknown.snapshot(), context(ALFA))).isEqualTo(RuleResult.none());
        ClientFixture ended = client().mortgage(mortgage("M-1", TODAY.minusDays(1),
                part("LP-1", RepaymentType.INTEREST_ONLY, "300000", "300000", "4.8", null, 10, RiskClass.LTV_80, null)));
        RuleResult afterTerm = rule.evaluate(ended.snapshot(), context(ALFA));
        assertThat(afterTerm.findings()).isEmpty();
        assertThat(afterTerm.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("term has ended"));
    }
}
