package nl.nazorg.signal.rules;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.StatedWish;
import nl.nazorg.signal.model.Wish;

/**
 * CLIENT_WISH (wens van de klant): the latest survey states a wish (lower housing costs, move, use home
 * equity, stop working earlier, ...; "no changes" is not a wish). One signal per wish: stating it again
 * updates it, dropping it from a newer scan resolves it. Due two weeks after it was stated.
 */
public final class ClientWishRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    static final int DAYS_TO_ACT = 14;

    @Override
    public SignalType type() {
        return SignalType.CLIENT_WISH;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        Map<Wish, StatedWish> latest = new LinkedHashMap<>();
        client.survey().wishes().stream()
                .filter(stated -> stated.wish() != Wish.NO_CHANGES)
                .sorted(Comparator.comparing(StatedWish::statedOn))
                .forEach(stated -> latest.put(stated.wish(), stated));
        List<SignalFinding> findings = latest.values().stream()
                .sorted(Comparator.comparing(StatedWish::wish))
                .map(this::finding)
                .toList();
        return RuleResult.of(findings);
    }

    private SignalFinding finding(StatedWish stated) {
        return SignalFinding.of(type(), RULE_VERSION)
                .key(stated.wish())
                .input("wish", stated.wish())
                .input("responseId", stated.responseId())
                .input("statedOn", stated.statedOn())
                .dueDate(stated.statedOn().plusDays(DAYS_TO_ACT))
                .explanation(
                        "De klant gaf op " + Wording.dateNl(stated.statedOn()) + " als wens aan: " + dutch(stated.wish()) + ".",
                        "On " + Wording.dateEn(stated.statedOn()) + " the client stated the wish: " + english(stated.wish()) + ".")
                .build();
    }

    private static String dutch(Wish wish) {
        return switch (wish) {
            case LOWER_HOUSING_COSTS -> "lagere woonlasten";
            case LIVE_LARGER -> "groter wonen";
            case LIVE_SMALLER -> "kleiner wonen";
            case IMPROVE_HOUSE -> "het huis verbeteren of verduurzamen";
            case STOP_WORKING_EARLIER -> "eerder stoppen met werken of het pensioen aanvullen";
            case USE_EQUITY_FOR_INCOME -> "overwaarde gebruiken voor extra inkomen";
            case USE_EQUITY_FOR_CHILDREN -> "overwaarde gebruiken om de kinderen te helpen";
            case OTHER -> "een andere wens";
            case NO_CHANGES -> "geen veranderingen";
        };
    }

    private static String english(Wish wish) {
        return switch (wish) {
            case LOWER_HOUSING_COSTS -> "lower housing costs";
            case LIVE_LARGER -> "live larger";
            case LIVE_SMALLER -> "live smaller";
            case IMPROVE_HOUSE -> "improve the house";
            case STOP_WORKING_EARLIER -> "stop working earlier or add to the pension";
            case USE_EQUITY_FOR_INCOME -> "use home equity for extra income";
            case USE_EQUITY_FOR_CHILDREN -> "use home equity to help the children";
            case OTHER -> "another wish";
            case NO_CHANGES -> "no changes";
        };
    }
}
