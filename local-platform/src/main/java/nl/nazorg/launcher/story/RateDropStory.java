package nl.nazorg.launcher.story;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.nazorg.events.ClientDates;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.demo.DemoCampaigns;
import nl.nazorg.launcher.demo.DemoMarketRates;
import nl.nazorg.launcher.flow.FlowFigures;

/**
 * Market rates drop: every lender's table goes {@link DemoMarketRates#RATE_DROP} points below the demo table, the
 * signal service re-evaluates every loan part, REFINANCE_SAVING is raised for the clients whose saving now exceeds
 * their own minimum, and the automatic campaign turns each into an e-mail or an adviser task. Telling it twice
 * changes nothing the second time: the rates already are that low.
 */
final class RateDropStory {

    private static final String TYPE = SignalType.REFINANCE_SAVING.name();

    private final StoryStage stage;
    private final PlatformClient rateFeed;

    /** @param rateFeed the platform's market-rate feed: no firm token may change the rate tables */
    RateDropStory(StoryStage stage, PlatformClient rateFeed) {
        this.stage = stage;
        this.rateFeed = rateFeed;
    }

    void tell() throws InterruptedException {
        FlowFigures before = stage.figures();
        DemoMarketRates.upload(rateFeed, stage.urls(), LocalDate.now(ClientDates.ZONE), DemoMarketRates.RATE_DROP);
        stage.out().printf("Lowered the rate tables of %d lenders by %s percentage point: 10 years NHG now from %s%% "
                        + "(was %s%%), 10 years at 90%% loan-to-value from %s%% (was %s%%).%n",
                DemoMarketRates.LENDERS.size(), DemoMarketRates.RATE_DROP,
                DemoMarketRates.bestRate(10, "NHG", DemoMarketRates.RATE_DROP),
                DemoMarketRates.bestRate(10, "NHG", BigDecimal.ZERO),
                DemoMarketRates.bestRate(10, "LTV_90", DemoMarketRates.RATE_DROP),
                DemoMarketRates.bestRate(10, "LTV_90", BigDecimal.ZERO));
        stage.printEffect(before, stage.awaitEffect(before), TYPE);
        String campaign = new DemoCampaigns(stage.api(), stage.urls()).campaignFor(SignalType.REFINANCE_SAVING)
                .orElse("<campaign id>");
        stage.lookAt(
                "the e-mails:         " + stage.mailboxUrl(),
                "the worklist:        " + stage.curl(stage.urls().signalApi("/signals?type=" + TYPE + "&sort=MONTHLY_SAVING")),
                "campaign statistics: " + stage.curl(stage.urls().campaignApi("/campaigns/" + campaign + "/stats")),
                "or click around:     " + stage.urls().page(PlatformService.SIGNAL, "/q/swagger-ui"));
    }
}
