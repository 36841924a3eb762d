package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.eur;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static nl.nazorg.signal.rules.ClientFixture.rate;
import static nl.nazorg.signal.rules.ClientFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.nazorg.signal.model.MarketRateTable;
import nl.nazorg.signal.model.TenantSignalSettings;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

/**
 * Today is 15 March 2026; term end 15 March 2051 gives n = 300 months. Expected figures come from exact
 * fractions in Python, with the fee as a month-by-month sum; each one-liner runs as
 * {@code python3 -c "from fractions import Fraction as F; ..."} and is rounded HALF_UP to the cent by hand.
 */
class RefinanceSavingRuleTest {

    static final LocalDate TERM_END = LocalDate.of(2051, 3, 15);
    static final LocalDate IN_60_MONTHS = LocalDate.of(2031, 3, 15);
    static final LocalDate IN_96_MONTHS = LocalDate.of(2034, 3, 15);

    private final RefinanceSavingRule rule = new RefinanceSavingRule();

    /** ALFA is cheapest for 10 years in LTV_80; its 5-year and LTV_60 rates must not be picked. */
    static final MarketRateTable ALFA = table("ALFA", rate(10, RiskClass.LTV_80, "3.45"),
            rate(5, RiskClass.LTV_80, "3.30"), rate(10, RiskClass.LTV_60, "3.20"), rate(10, RiskClass.NHG, "3.10"));
    private static final MarketRateTable BETA = table("BETA", rate(10, RiskClass.LTV_80, "3.60"));

    static ClientFixture interestOnlyClient() {
        // 300,000 interest-only at 4.8%, fixed until 2031 (60 months), agreed 10 years; value 400,000 -> LTV 75% -> LTV_80
        return client().mortgage(mortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.INTEREST_ONLY, "300000", "300000", "4.800", IN_60_MONTHS, 10, RiskClass.LTV_80, null)));
    }

    @Test
    void raisesWhenTheSavingIsHighAndTheFeeIsEarnedBackInTime() {
        // saving = 300000*(4.8-3.45)/1200 = 337.50 exactly; payments 1200.00 -> 862.50
        // fee: c=300000*(1-F(1,10))*F('1.35')/1200; q=1+F('3.45')/1200; print(float(sum(c/q**k for k in range(1,61))))
        //   -> 16717.703156803676 -> 16717.70; break-even = ceil(16717.70/337.50) = ceil(49.53) = 50 <= 60
        RuleResult result = rule.evaluate(interestOnlyClient().snapshot(), context(ALFA, BETA));

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.deduplicationKey()).isEqualTo("REFINANCE_SAVING:M-1");
            assertThat(finding.category()).isEqualTo(SignalCategory.OPPORTUNITY);
            assertThat(finding.messageClass()).isEqualTo(MessageClass.MARKETING);
            assertThat(finding.ruleVersion()).isEqualTo(RefinanceSavingRule.RULE_VERSION);
            assertThat(finding.figure("monthlySaving")).isEqualByComparingTo("337.50");
            assertThat(finding.figure("currentMonthlyPayment")).isEqualByComparingTo("1200.00");
            assertThat(finding.figure("newMonthlyPayment")).isEqualByComparingTo("862.50");
            assertThat(finding.figure("prepaymentFee")).isEqualByComparingTo("16717.70");
            assertThat(finding.figure("breakEvenMonths")).isEqualByComparingTo("50");
            assertThat(finding.figure("earnBackHorizonMonths")).isEqualByComparingTo("60");
            assertThat(finding.figure("part.LP-1.newRate")).isEqualByComparingTo("3.45");
            assertThat(finding.inputs()).containsEntry("currentRiskClass", "LTV_80")
                    .containsEntry("loanToValuePercent", "75.00")
                    .containsEntry("part.LP-1.offerLender", "ALFA")
                    .containsEntry("part.LP-1.remainingFixedRateMonths", "60");
            assertThat(finding.dueDate()).isNull();
            assertThat(finding.explanation().dutch()).isEqualTo("Door over te sluiten naar 3,45% (10 jaar vast) daalt de"
                    + " bruto maandlast met € 337,50; de geschatte boeterente van € 16.717,70 is na 50 maanden terugverdiend.");
            assertThat(finding.explanation().english()).isEqualTo("Refinancing at 3.45% (10-year fixed) lowers the gross"
                    + " monthly payment by €337.50; the estimated prepayment fee of €16,717.70 is earned back after 50 months.");
        });
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void switchingCostsMustBeEarnedBackWithinTheFixedRatePeriodToo() {
        // ceil((16717.70 + 3500)/337.50) = ceil(59.90) = 60 <= 60; ceil((16717.70 + 3560)/337.50) = ceil(60.08) = 61 > 60
        assertThat(rule.evaluate(interestOnlyClient().snapshot(), context(withSwitchingCosts("3500"), ALFA)).findings())
                .singleElement().satisfies(f -> assertThat(f.figure("breakEvenMonths")).isEqualByComparingTo("60"));
        assertThat(rule.evaluate(interestOnlyClient().snapshot(), context(withSwitchingCosts("3560"), ALFA)).findings())
                .isEmpty();
    }

    @Test
    void onlyTheTenantsLendersCount() {
        // BETA 3.60: saving 300000*1.2/1200 = 300.00
        // fee: c=300000*(1-F(1,10))*F('1.2')/1200; q=1+F('3.6')/1200; print(float(sum(c/q**k for k in range(1,61))))
        //   -> 14805.421680438185 -> 14805.42
        TenantSignalSettings onlyBeta = TenantSignalSettings.defaults().toBuilder().allowedLenders(Set.of("BETA")).build();
        assertThat(rule.evaluate(interestOnlyClient().snapshot(), context(onlyBeta, ALFA, BETA)).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.figure("monthlySaving")).isEqualByComparingTo("300.00");
                    assertThat(f.figure("prepaymentFee")).isEqualByComparingTo("14805.42");
                    assertThat(f.inputs()).containsEntry("part.LP-1.offerLender", "BETA").containsEntry("allowedLenders", "BETA");
                });
    }

    @Test
    void partsAreSummedAndTheShortestRemainingFixedRatePeriodDecides() {
        // A=lambda P,p,n:(lambda r:P*r/(1-(1+r)**-n))(F(p)/1200);
        // fee=lambda base,d,new,m: sum(base*F(d)/1200/(1+F(new)/1200)**k for k in range(1,m+1));
        // s=A(250000,'5.2',300)-A(250000,'3.45',300)+100000*F('1.35')/1200  -> 358.38877637566713
        // fee(210000,'1.75','3.45',96)+fee(90000,'1.35','3.45',m): m=96 -> 34143.04679881514, m=60 -> 31232.219454240418
        // payments: A(250000,'5.2',300)+100000*F('4.8')/1200 -> 1890.7537962034423, at 3.45% -> 1532.3650198277753
        // both parts fixed 96 months: ceil(34143.05/358.39) = ceil(95.27) = 96 <= 96 -> raised
        ClientFixture bothLong = client().marketValue("500000").mortgage(mortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.ANNUITY, "250000", "400000", "5.2", IN_96_MONTHS, 10, RiskClass.LTV_80, null),
                part("LP-2", RepaymentType.INTEREST_ONLY, "100000", "100000", "4.8", IN_96_MONTHS, 10, RiskClass.LTV_80, null)));
        assertThat(rule.evaluate(bothLong.snapshot(), context(ALFA)).findings()).singleElement().satisfies(f -> {
            assertThat(f.figure("monthlySaving")).isEqualByComparingTo("358.39");
            assertThat(f.figure("prepaymentFee")).isEqualByComparingTo("34143.05");
            assertThat(f.figure("breakEvenMonths")).isEqualByComparingTo("96");
            assertThat(f.figure("currentMonthlyPayment")).isEqualByComparingTo("1890.75");
            assertThat(f.figure("newMonthlyPayment")).isEqualByComparingTo("1532.37");
        });
        // LP-2 fixed only 60 months: ceil(31232.22/358.39) = ceil(87.15) = 88 > 60 -> nothing
        ClientFixture oneShort = client().marketValue("500000").mortgage(mortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.ANNUITY, "250000", "400000", "5.2", IN_96_MONTHS, 10, RiskClass.LTV_80, null),
                part("LP-2", RepaymentType.INTEREST_ONLY, "100000", "100000", "4.8", IN_60_MONTHS, 10, RiskClass.LTV_80, null)));
        assertThat(rule.evaluate(oneShort.snapshot(), context(ALFA)).findings()).isEmpty();
    }

    @Test
    void aVariableRatePartHasNoFeeAndEarnsSwitchingCostsBackOverTheTerm() {
        // variable 5.2% compares with the shortest period on offer (1 year, 3.90%)
        // a=lambda p: (lambda r: 250000*r/(1-(1+r)**-300))(F(p)/1200); print(float(a('5.2')-a('3.9')))  -> 184.9263633946297
        // break-even ceil(2500/184.93) = ceil(13.52) = 14 <= 300 remaining months
        ClientFixture variable = client().mortgage(mortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.ANNUITY, "250000", "400000", "5.2", null, null, RiskClass.LTV_80, null)));
        MarketRateTable rates = table("ALFA", rate(1, RiskClass.LTV_80, "3.90"), rate(10, RiskClass.LTV_80, "3.45"));
        assertThat(rule.evaluate(variable.snapshot(), context(withSwitchingCosts("2500"), rates)).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.figure("monthlySaving")).isEqualByComparingTo("184.93");
                    assertThat(f.figure("prepaymentFee")).isZero();
                    assertThat(f.figure("breakEvenMonths")).isEqualByComparingTo("14");
                    assertThat(f.figure("earnBackHorizonMonths")).isEqualByComparingTo("300");
                    assertThat(f.explanation().dutch()).endsWith("de overstapkosten van € 2.500,00 zijn na 14 maanden terugverdiend.");
                });
    }

    static ClientFixture feeFree(String outstanding) {
        return client().mortgage(mortgage("M-1", TERM_END,
                part("LP-1", RepaymentType.INTEREST_ONLY, outstanding, outstanding, "4.000", IN_60_MONTHS, 10, RiskClass.LTV_60, "1.0")));
    }

    static TenantSignalSettings withSwitchingCosts(String costs) {
        return TenantSignalSettings.defaults().toBuilder().switchingCosts(eur(costs)).build();
    }
}
