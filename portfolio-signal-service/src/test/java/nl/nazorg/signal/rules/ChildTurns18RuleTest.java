package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.TODAY;
import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.contextOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.model.Child;
import org.junit.jupiter.api.Test;

class ChildTurns18RuleTest {

    private final ChildTurns18Rule rule = new ChildTurns18Rule();

    private static ClientFixture withChild(String name, LocalDate born) {
        ClientFixture client = client();
        client.children.add(new Child(name, born));
        return client;
    }

    @Test
    void turning18ExactlySixtyDaysFromTodayCounts() {
        // 15 March 2026 + 60 days = 14 May 2026
        assertThat(rule.evaluate(withChild("Sanne", LocalDate.of(2008, 5, 14)).snapshot(), context()).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("CHILD_TURNS_18:2008-05-14:1");
                    assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 5, 14));
                    assertThat(f.figure("age")).isEqualByComparingTo("18");
                    assertThat(f.explanation().dutch()).isEqualTo("Een kind van de klant (geboren op 14 mei 2008) wordt"
                            + " op 14 mei 2026 18 jaar.");
                    assertThat(f.toString()).doesNotContain("Sanne");
                });
        assertThat(rule.evaluate(withChild("Sanne", LocalDate.of(2008, 5, 15)).snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void theBirthdayItselfCountsTheDayAfterDoesNot() {
        assertThat(rule.evaluate(withChild("Daan", TODAY.minusYears(18)).snapshot(), context()).findings()).hasSize(1);
        assertThat(rule.evaluate(withChild("Daan", TODAY.minusYears(18).minusDays(1)).snapshot(), context()).findings()).isEmpty();
    }

    @Test
    void aLeapDayChildTurns18On28FebruaryInAYearWithout29February() {
        ClientFixture client = withChild("Lotte", LocalDate.of(2008, 2, 29));
        assertThat(rule.evaluate(client.snapshot(), contextOn(LocalDate.of(2025, 12, 30))).findings())
                .singleElement().satisfies(f -> assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 2, 28)));
        assertThat(rule.evaluate(client.snapshot(), contextOn(LocalDate.of(2026, 2, 28))).findings()).hasSize(1);
        assertThat(rule.evaluate(client.snapshot(), contextOn(LocalDate.of(2026, 3, 1))).findings()).isEmpty();
    }

    @Test
    void twinsGetTheirOwnKeys() {
        ClientFixture twins = withChild("Noor", LocalDate.of(2008, 4, 1));
        twins.children.add(new Child("Bram", LocalDate.of(2008, 4, 1)));
        assertThat(rule.evaluate(twins.snapshot(), context()).findings()).extracting(SignalFinding::deduplicationKey)
                .containsExactly("CHILD_TURNS_18:2008-04-01:2", "CHILD_TURNS_18:2008-04-01:1");
    }

    @Test
    void aChildWithAnIdIsKeyedByThatIdAloneSoTwinsNeedNoOrder() {
        ClientFixture client = client();
        client.children.add(new Child("c-noor", "Noor", LocalDate.of(2008, 4, 1)));
        client.children.add(new Child("c-bram", "Bram", LocalDate.of(2008, 4, 1)));
        assertThat(rule.evaluate(client.snapshot(), context()).findings()).extracting(SignalFinding::deduplicationKey)
                .containsExactly("CHILD_TURNS_18:c-noor", "CHILD_TURNS_18:c-bram");
    }
}
