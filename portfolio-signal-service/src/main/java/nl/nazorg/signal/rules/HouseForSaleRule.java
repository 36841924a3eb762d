package nl.nazorg.signal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.Property;

/**
 * HOUSE_FOR_SALE (woning te koop): the home is listed for sale. Figure: days on the market. One signal per
 * listing (a home withdrawn and listed again is a new moment); due a week after the listing date.
 */
public final class HouseForSaleRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    static final int DAYS_TO_ACT = 7;

    @Override
    public SignalType type() {
        return SignalType.HOUSE_FOR_SALE;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        Optional<Property> home = client.knownPortfolio().flatMap(Portfolio::home).filter(Property::forSale);
        if (home.isEmpty()) {
            return RuleResult.none();
        }
        LocalDate since = home.get().forSaleSince();
        Portfolio portfolio = client.portfolio();
        SignalFinding.Builder finding = SignalFinding.of(type(), RULE_VERSION);
        if (since != null) {
            long days = Math.max(0, ChronoUnit.DAYS.between(since, context.today()));
            finding.key(since).figure("daysOnMarket", days).dueDate(since.plusDays(DAYS_TO_ACT));
        }
        portfolio.marketValue().ifPresent(value -> finding.figure("marketValue", value));
        finding.figure("totalOutstanding", portfolio.totalOutstanding()).input("forSaleSince", since);
        String sinceNl = since == null ? "" : " sinds " + Wording.dateNl(since);
        String sinceEn = since == null ? "" : " since " + Wording.dateEn(since);
        return RuleResult.of(finding.explanation(
                        "De woning staat te koop" + sinceNl + ". Bespreek meenemen of aflossen van de hypotheek"
                                + " en de financiering van een volgende woning.",
                        "The home is for sale" + sinceEn + ". Discuss porting or repaying the mortgage and"
                                + " financing the next home.")
                .build());
    }
}
