package nl.nazorg.signal.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.Subscription;
import nl.nazorg.signal.mortgage.RemainingMonths;

/**
 * ANNUAL_REVIEW_DUE (periodieke review): the tier's review interval (GOLD 6, SILVER 12, BRONZE 24 months)
 * has passed since the last review, or since the subscription started when there was none (on the day it
 * passes it is due). A subscription without either date is due at once. NONE has no reviews.
 * The key holds the due date, so the next interval is a new signal once a review is recorded.
 */
public final class AnnualReviewDueRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.ANNUAL_REVIEW_DUE;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        Subscription subscription = client.profile().subscription();
        Optional<Integer> interval = context.settings().reviewIntervalFor(subscription.tier());
        if (interval.isEmpty()) {
            return RuleResult.none();
        }
        LocalDate since = subscription.lastReviewDate() != null ? subscription.lastReviewDate() : subscription.startDate();
        LocalDate due = since == null ? null : since.plusMonths(interval.get());
        if (due != null && due.isAfter(context.today())) {
            return RuleResult.none();
        }
        SignalFinding.Builder finding = SignalFinding.of(type(), RULE_VERSION)
                .key(due == null ? "FIRST_REVIEW" : due)
                .figure("intervalMonths", interval.get());
        if (due != null) {
            finding.figure("monthsOverdue", RemainingMonths.until(due, context.today()));
        }
        String sinceNl = subscription.lastReviewDate() != null ? "de laatste review op " + Wording.dateNl(since)
                : since != null ? "de start van het abonnement op " + Wording.dateNl(since) : "de start van het abonnement";
        String sinceEn = subscription.lastReviewDate() != null ? "the last review on " + Wording.dateEn(since)
                : since != null ? "the subscription started on " + Wording.dateEn(since) : "the subscription started";
        return RuleResult.of(finding
                .input("tier", subscription.tier())
                .input("lastReviewDate", subscription.lastReviewDate())
                .input("subscriptionStartDate", subscription.startDate())
                .dueDate(due)
                .explanation(
                        "Volgens het " + subscription.tier() + "-abonnement is elke " + Wording.monthsNl(interval.get())
                                + " een review afgesproken; sinds " + sinceNl + " is die termijn verstreken.",
                        "The " + subscription.tier() + " subscription promises a review every "
                                + Wording.monthsEn(interval.get()) + "; that interval has passed since " + sinceEn + ".")
                .build());
    }
}
