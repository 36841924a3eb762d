package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.nazorg.signal.model.Subscription;
import nl.nazorg.signal.model.SubscriptionTier;
import org.junit.jupiter.api.Test;

class AnnualReviewDueRuleTest {

    private final AnnualReviewDueRule rule = new AnnualReviewDueRule();

    private static ClientFixture subscribed(SubscriptionTier tier, LocalDate start, LocalDate lastReview) {
        ClientFixture client = client();
        client.subscription = new Subscription(tier, start, lastReview);
        return client;
    }

    @Test
    void goldIsDueSixMonthsAfterTheLastReviewOnTheDay() {
        LocalDate lastReview = LocalDate.of(2025, 9, 15);
        assertThat(rule.evaluate(subscribed(SubscriptionTier.GOLD, null, lastReview).snapshot(), context()).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("ANNUAL_REVIEW_DUE:2026-03-15");
                    assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
                    assertThat(f.figure("intervalMonths")).isEqualByComparingTo("6");
                    assertThat(f.figure("monthsOverdue")).isZero();
                });
        assertThat(rule.evaluate(subscribed(SubscriptionTier.GOLD, null, lastReview.plusDays(1)).snapshot(), context())
                .findings()).isEmpty();
    }

    @Test
    void silverTwelveAndBronzeTwentyFourMonths() {
        assertThat(rule.evaluate(subscribed(SubscriptionTier.SILVER, null, LocalDate.of(2025, 3, 15)).snapshot(), context())
                .findings()).hasSize(1);
        assertThat(rule.evaluate(subscribed(SubscriptionTier.SILVER, null, LocalDate.of(2025, 3, 16)).snapshot(), context())
                .findings()).isEmpty();
        assertThat(rule.evaluate(subscribed(SubscriptionTier.BRONZE, null, LocalDate.of(2024, 3, 15)).snapshot(), context())
                .findings()).hasSize(1);
        assertThat(rule.evaluate(subscribed(SubscriptionTier.BRONZE, null, LocalDate.of(2024, 3, 16)).snapshot(), context())
                .findings()).isEmpty();
    }

    @Test
    void neverReviewedCountsFromTheStartOrIsDueAtOnce() {
        assertThat(rule.evaluate(subscribed(SubscriptionTier.SILVER, LocalDate.of(2024, 1, 10), null).snapshot(), context())
                .findings()).singleElement().satisfies(f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("ANNUAL_REVIEW_DUE:2025-01-10");
                    assertThat(f.figure("monthsOverdue")).isEqualByComparingTo("14");
                });
        assertThat(rule.evaluate(subscribed(SubscriptionTier.GOLD, null, null).snapshot(), context()).findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.deduplicationKey()).isEqualTo("ANNUAL_REVIEW_DUE:FIRST_REVIEW");
                    assertThat(f.dueDate()).isNull();
                });
    }

    @Test
    void noSubscriptionNoReview() {
        assertThat(rule.evaluate(subscribed(SubscriptionTier.NONE, null, LocalDate.of(2010, 1, 1)).snapshot(), context()))
                .isEqualTo(RuleResult.none());
    }
}
