package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class InterestOnlyRiskRuleTest {

    private final InterestOnlyRiskRule rule = new InterestOnlyRiskRule();

    /** Born 1 Jan 1970: estimated AOW date 1 April 2037 (67 years and 3 months). Value 400,000. */
    private static ClientFixture interestOnly(String outstanding, LocalDate termEnd) {
        ClientFixture client = client().mortgage(mortgage("M-1", termEnd,
                part("LP-1", RepaymentType.INTEREST_ONLY, outstanding, outstanding, "3.5", null, null, RiskClass.LTV_80, null),
                part("LP-2", RepaymentType.ANNUITY, "50000", "100000", "3.5", null, null, RiskClass.LTV_80, null)));
        client.dateOfBirth = LocalDate.of(1970, 1, 1);
        return client;
    }

    @Test
    void principalStillOutstandingAtRetirement() {
        assertThat(rule.evaluate(interestOnly("150000", LocalDate.of(2045, 1, 1)).snapshot(), context()).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("INTEREST_ONLY_RISK:M-1");
                    assertThat(f.figure("interestOnlyPrincipal")).isEqualByComparingTo("150000");
                    assertThat(f.inputs()).containsEntry("retirementDate", "2037-04-01")
                            .containsEntry("retirementDateSource", "AOW_ESTIMATE")
                            .containsEntry("outstandingAtRetirement", "true")
                            .containsEntry("aboveShareOfValue", "false");
                    assertThat(f.dueDate()).isEqualTo(LocalDate.of(2037, 4, 1));
                });
    }

    @Test
    void moreThanHalfOfTheValueCountsExactlyHalfDoesNot() {
        // term ends before retirement, so only the share decides: 200,000 / 400,000 = 50% exactly
        LocalDate beforeRetirement = LocalDate.of(2036, 1, 1);
        assertThat(rule.evaluate(interestOnly("200000", beforeRetirement).snapshot(), context()).findings()).isEmpty();
        assertThat(rule.evaluate(interestOnly("200001", beforeRetirement).snapshot(), context()).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.figure("interestOnlyShareOfValuePercent")).isEqualByComparingTo("50.00");
                    assertThat(f.inputs()).containsEntry("aboveShareOfValue", "true");
                    assertThat(f.dueDate()).isNull();
                });
    }

    @Test
    void whatCannotBeJudgedIsNoted() {
        ClientFixture unknown = interestOnly("150000", LocalDate.of(2045, 1, 1)).marketValue(null);
        unknown.dateOfBirth = null;
        RuleResult result = rule.evaluate(unknown.snapshot(), context());
        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).extracting(EvaluationNote::reason)
                .containsExactly("no date of birth or retirement date known", "no market value known");
    }

    @Test
    void aPlannedRetirementAfterTheTermEndMeansNoRisk() {
        ClientFixture client = interestOnly("150000", LocalDate.of(2045, 1, 1));
        client.plannedRetirementDate = LocalDate.of(2046, 1, 1);
        assertThat(rule.evaluate(client.snapshot(), context())).isEqualTo(RuleResult.none());
    }
}
