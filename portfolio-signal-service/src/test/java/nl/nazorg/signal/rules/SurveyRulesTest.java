package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.model.NpsAnswer;
import nl.nazorg.signal.model.StatedWish;
import nl.nazorg.signal.model.Wish;
import org.junit.jupiter.api.Test;

/** CLIENT_WISH and NPS_DETRACTOR, both read from survey facts. */
class SurveyRulesTest {

    @Test
    void everyStatedWishButNoChangesIsOneSignal() {
        ClientFixture client = client();
        client.wishes.add(new StatedWish(Wish.LOWER_HOUSING_COSTS, "R-1", LocalDate.of(2025, 3, 1)));
        client.wishes.add(new StatedWish(Wish.LOWER_HOUSING_COSTS, "R-2", LocalDate.of(2026, 3, 1)));
        client.wishes.add(new StatedWish(Wish.USE_EQUITY_FOR_CHILDREN, "R-2", LocalDate.of(2026, 3, 1)));
        client.wishes.add(new StatedWish(Wish.NO_CHANGES, "R-2", LocalDate.of(2026, 3, 1)));
        assertThat(new ClientWishRule().evaluate(client.snapshot(), context()).findings()).satisfiesExactly(
                f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("CLIENT_WISH:LOWER_HOUSING_COSTS");
                    assertThat(f.inputs()).containsEntry("responseId", "R-2");
                    assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
                    assertThat(f.explanation().dutch()).isEqualTo("De klant gaf op 1 maart 2026 als wens aan: lagere woonlasten.");
                },
                f -> assertThat(f.deduplicationKey()).isEqualTo("CLIENT_WISH:USE_EQUITY_FOR_CHILDREN"));
    }

    @Test
    void noChangesAloneRaisesNothing() {
        ClientFixture client = client();
        client.wishes.add(new StatedWish(Wish.NO_CHANGES, "R-1", LocalDate.of(2026, 3, 1)));
        assertThat(new ClientWishRule().evaluate(client.snapshot(), context())).isEqualTo(RuleResult.none());
    }

    @Test
    void npsSixIsADetractorSevenIsNot() {
        ClientFixture client = client();
        client.nps = new NpsAnswer(6, "R-9", LocalDate.of(2026, 3, 10));
        assertThat(new NpsDetractorRule().evaluate(client.snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("NPS_DETRACTOR:R-9");
            assertThat(f.figure("npsScore")).isEqualByComparingTo("6");
            assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(f.messageClass()).isEqualTo(MessageClass.SERVICE);
        });
        client.nps = new NpsAnswer(0, "R-9", LocalDate.of(2026, 3, 10));
        assertThat(new NpsDetractorRule().evaluate(client.snapshot(), context()).findings()).hasSize(1);
        client.nps = new NpsAnswer(7, "R-9", LocalDate.of(2026, 3, 10));
        assertThat(new NpsDetractorRule().evaluate(client.snapshot(), context())).isEqualTo(RuleResult.none());
        client.nps = null;
        assertThat(new NpsDetractorRule().evaluate(client.snapshot(), context())).isEqualTo(RuleResult.none());
    }
}
