package nl.nazorg.benchmarks;

import java.util.List;

import nl.nazorg.benchmarks.campaign.CampaignSendScenario;
import nl.nazorg.benchmarks.campaign.SmtpRestartScenario;
import nl.nazorg.benchmarks.endtoend.EndToEndScenario;
import nl.nazorg.benchmarks.footprint.FootprintScenario;
import nl.nazorg.benchmarks.outboxrelay.OutboxRelayScenario;
import nl.nazorg.benchmarks.redirect.RedirectScenario;
import nl.nazorg.benchmarks.ingest.SignalIngestScenario;
import nl.nazorg.benchmarks.ratechange.RateChangeScenario;

/** Every scenario in the order a run takes them: footprint last, so "after the loads" means after all of them. */
public final class Scenarios {

    private Scenarios() {
    }

    public static List<Scenario> all() {
        return List.of(new RateChangeScenario(), new SignalIngestScenario(), new OutboxRelayScenario(),
                new CampaignSendScenario(), new SmtpRestartScenario(), new RedirectScenario(), new EndToEndScenario(), new FootprintScenario());
    }

    public static List<String> names() {
        return all().stream().map(Scenario::name).toList();
    }

    /** The scenarios named, in run order; all of them for an empty list. */
    public static List<Scenario> selected(List<String> names) {
        names.stream().filter(name -> !names().contains(name)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("unknown scenario '" + unknown + "'\n" + BenchmarkOptions.usage());
        });
        return all().stream().filter(s -> names.isEmpty() || names.contains(s.name())).toList();
    }
}
