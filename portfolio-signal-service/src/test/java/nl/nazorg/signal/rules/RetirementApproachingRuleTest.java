package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.TODAY;
import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetirementApproachingRuleTest {

    private final RetirementApproachingRule rule = new RetirementApproachingRule();

    private static ClientFixture retiringOn(LocalDate date) {
        ClientFixture client = client();
        client.plannedRetirementDate = date;
        return client;
    }

    @Test
    void exactlyFiveYearsAheadIsTheFirstNotice() {
        assertThat(rule.evaluate(retiringOn(TODAY.plusYears(5)).snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("RETIREMENT_APPROACHING:FIRST_NOTICE");
            assertThat(f.figure("monthsUntilRetirement")).isEqualByComparingTo("60");
            assertThat(f.inputs()).containsEntry("retirementDateSource", "PLANNED");
            assertThat(f.dueDate()).isEqualTo(LocalDate.of(2031, 3, 15));
        });
        assertThat(rule.evaluate(retiringOn(TODAY.plusYears(5).plusDays(1)).snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void withinOneYearIsTheFinalNoticeWithItsOwnKey() {
        assertThat(rule.evaluate(retiringOn(TODAY.plusYears(1)).snapshot(), context()).findings())
                .extracting(SignalFinding::deduplicationKey).containsExactly("RETIREMENT_APPROACHING:FINAL_NOTICE");
        assertThat(rule.evaluate(retiringOn(TODAY.plusYears(1).plusDays(1)).snapshot(), context()).findings())
                .extracting(SignalFinding::deduplicationKey).containsExactly("RETIREMENT_APPROACHING:FIRST_NOTICE");
        assertThat(rule.evaluate(retiringOn(TODAY).snapshot(), context()).findings())
                .extracting(SignalFinding::deduplicationKey).containsExactly("RETIREMENT_APPROACHING:FINAL_NOTICE");
    }

    @Test
    void aDatePassedRaisesNothing() {
        assertThat(rule.evaluate(retiringOn(TODAY.minusDays(1)).snapshot(), context())).isEqualTo(RuleResult.none());
    }

    @Test
    void theAowDateStandsInForAPlannedDate() {
        // born 1 Dec 1960: AOW at 67 on 1 Dec 2027, within 5 years but not within 1
        ClientFixture client = client();
        client.dateOfBirth = LocalDate.of(1960, 12, 1);
        assertThat(rule.evaluate(client.snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.inputs()).containsEntry("retirementDate", "2027-12-01").containsEntry("retirementDateSource", "AOW_ESTIMATE");
            assertThat(f.explanation().dutch()).startsWith("De AOW-datum (geschat) is 1 december 2027, binnen 5 jaar.");
        });
    }

    @Test
    void withoutADateOfBirthItSaysSo() {
        ClientFixture client = client();
        client.dateOfBirth = null;
        assertThat(rule.evaluate(client.snapshot(), context()).notes()).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("no date of birth"));
    }
}
