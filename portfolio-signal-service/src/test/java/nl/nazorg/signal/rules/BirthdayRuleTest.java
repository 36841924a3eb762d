package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.contextOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthdayRuleTest {

    private final BirthdayRule rule = new BirthdayRule();

    private static ClientFixture born(LocalDate date) {
        ClientFixture client = client();
        client.dateOfBirth = date;
        return client;
    }

    @Test
    void aBirthdayToday() {
        assertThat(rule.evaluate(born(LocalDate.of(1980, 3, 15)).snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("BIRTHDAY:2026");
            assertThat(f.figure("age")).isEqualByComparingTo("46");
            assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
            assertThat(f.explanation().dutch()).isEqualTo("De klant wordt vandaag 46 jaar.");
        });
        assertThat(rule.evaluate(born(LocalDate.of(1980, 3, 16)).snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void leapDayBirthdaysAreOn28FebruaryInOtherYears() {
        ClientFixture leap = born(LocalDate.of(1980, 2, 29));
        assertThat(rule.evaluate(leap.snapshot(), contextOn(LocalDate.of(2026, 2, 28))).findings()).singleElement()
                .satisfies(f -> assertThat(f.figure("age")).isEqualByComparingTo("46"));
        assertThat(rule.evaluate(leap.snapshot(), contextOn(LocalDate.of(2026, 3, 1))).findings()).isEmpty();
        assertThat(rule.evaluate(leap.snapshot(), contextOn(LocalDate.of(2028, 2, 28))).findings()).isEmpty();
        assertThat(rule.evaluate(leap.snapshot(), contextOn(LocalDate.of(2028, 2, 29))).findings()).singleElement()
                .satisfies(f -> assertThat(f.deduplicationKey()).isEqualTo("BIRTHDAY:2028"));
    }

    @Test
    void noDateOfBirthIsNoted() {
        RuleResult result = rule.evaluate(born(null).snapshot(), context());
        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).hasSize(1);
    }
}
