package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.model.Property;
import org.junit.jupiter.api.Test;

class HouseForSaleRuleTest {

    private final HouseForSaleRule rule = new HouseForSaleRule();

    @Test
    void aListedHomeWithItsDaysOnTheMarket() {
        ClientFixture client = client();
        client.property = new Property(eur("400000"), LocalDate.of(2025, 9, 1), true, LocalDate.of(2026, 3, 1));
        assertThat(rule.evaluate(client.snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("HOUSE_FOR_SALE:2026-03-01");
            assertThat(f.category()).isEqualTo(SignalCategory.LIFE_EVENT);
            assertThat(f.figure("daysOnMarket")).isEqualByComparingTo("14");
            assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 3, 8));
        });
    }

    @Test
    void anUnknownListingDateStillRaises() {
        ClientFixture client = client();
        client.property = new Property(null, null, true, null);
        assertThat(rule.evaluate(client.snapshot(), context()).findings()).singleElement().satisfies(f -> {
            assertThat(f.deduplicationKey()).isEqualTo("HOUSE_FOR_SALE");
            assertThat(f.figures()).doesNotContainKey("daysOnMarket");
        });
    }

    @Test
    void aHomeNotForSaleRaisesNothing() {
        assertThat(rule.evaluate(client().snapshot(), context())).isEqualTo(RuleResult.none());
    }
}
