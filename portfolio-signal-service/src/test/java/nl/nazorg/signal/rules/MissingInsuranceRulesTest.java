package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.TODAY;
import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.nazorg.signal.model.Insurance;
import nl.nazorg.signal.model.InsuranceType;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class MissingInsuranceRulesTest {

    private static ClientFixture mortgaged(String outstanding) {
        return client().mortgage(mortgage("M-1", LocalDate.of(2051, 3, 15),
                part("LP-1", RepaymentType.ANNUITY, outstanding, "300000", "3.5", null, null, RiskClass.LTV_80, null)));
    }

    @Test
    void aMortgagedHomeWithoutBuildingInsurance() {
        MissingBuildingInsuranceRule rule = new MissingBuildingInsuranceRule();
        assertThat(rule.evaluate(mortgaged("250000").snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("MISSING_BUILDING_INSURANCE");
            assertThat(f.category()).isEqualTo(SignalCategory.RISK);
            assertThat(f.messageClass()).isEqualTo(MessageClass.SERVICE);
            assertThat(f.figure("totalOutstanding")).isEqualByComparingTo("250000");
        });
        assertThat(rule.evaluate(mortgaged("250000").insurance(InsuranceType.BUILDING).snapshot(), context()).findings()).isEmpty();
        assertThat(rule.evaluate(mortgaged("0").snapshot(), context()).findings()).isEmpty();
        assertThat(rule.evaluate(client().snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void anEndedBuildingInsuranceDoesNotCover() {
        ClientFixture client = mortgaged("250000");
        client.insurances.add(new Insurance("OPSTAL", InsuranceType.BUILDING, "X", null, null, TODAY.minusDays(1)));
        assertThat(new MissingBuildingInsuranceRule().evaluate(client.snapshot(), context()).findings()).hasSize(1);
        client.insurances.set(0, new Insurance("OPSTAL", InsuranceType.BUILDING, "X", null, null, TODAY));
        assertThat(new MissingBuildingInsuranceRule().evaluate(client.snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void missingContentsTravelAndLiability() {
        List<SignalRule> rules = List.of(new MissingContentsInsuranceRule(), new MissingTravelInsuranceRule(),
                new MissingLiabilityInsuranceRule());
        for (SignalRule rule : rules) {
            assertThat(rule.evaluate(client().snapshot(), context()).findings()).as(rule.type().name()).singleElement()
                    .satisfies(f -> {
                        assertThat(f.deduplicationKey()).isEqualTo(rule.type().name());
                        assertThat(f.messageClass()).isEqualTo(MessageClass.MARKETING);
                    });
        }
        ClientFixture insured = client().insurance(InsuranceType.CONTENTS).insurance(InsuranceType.TRAVEL)
                .insurance(InsuranceType.LIABILITY);
        rules.forEach(rule -> assertThat(rule.evaluate(insured.snapshot(), context())).isEqualTo(RuleResult.none()));
        assertThat(new MissingLiabilityInsuranceRule().evaluate(client().snapshot(), context()).findings().get(0)
                .explanation().dutch()).isEqualTo("De klant heeft geen aansprakelijkheidsverzekering (AVP).");
    }

    @Test
    void aClientWhosePortfolioIsNotKnownYetIsNotToldSomethingIsMissing() {
        ClientFixture unknown = client();
        unknown.portfolioKnown = false;
        for (SignalRule rule : List.of(new MissingBuildingInsuranceRule(), new MissingContentsInsuranceRule())) {
            RuleResult result = rule.evaluate(unknown.snapshot(), context());
            assertThat(result.findings()).isEmpty();
            assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.reason()).isEqualTo("no portfolio known yet"));
        }
    }
}
