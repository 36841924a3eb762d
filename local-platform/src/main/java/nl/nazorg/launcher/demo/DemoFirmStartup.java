package nl.nazorg.launcher.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

import nl.nazorg.launcher.Progress;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;
import nl.nazorg.launcher.flow.FlowFigures;
import nl.nazorg.launcher.flow.FlowReader;
import nl.nazorg.launcher.flow.FlowSettling;

/**
 * The launcher's demo step: load the demo firm unless it is there, then wait (bounded) until the signals, e-mails
 * and adviser tasks it causes stop changing, and return the figures for the summary.
 */
public final class DemoFirmStartup {

    /** Signals appear a few seconds after the import; at most a minute for the whole flow on a 2-core machine. */
    private static final FlowSettling SETTLING = new FlowSettling(Duration.ofSeconds(20), Duration.ofSeconds(5),
            Duration.ofSeconds(60));

    private DemoFirmStartup() {
    }

    /**
     * @param admin          an admin of the demo firm
     * @param rateFeed       the platform's market-rate feed ({@link DemoMarketRates#feed})
     * @param emailsReceived the SMTP server's count of received e-mails
     * @throws IllegalStateException when a service refuses a step (the message names the call)
     */
    public static FlowFigures loadAndSettle(PlatformClient admin, PlatformClient rateFeed, ServiceUrls urls,
            Path projectHome, LongSupplier emailsReceived, Progress progress) throws InterruptedException {
        FlowReader reader = new FlowReader(admin, urls, emailsReceived);
        DemoFirm.Loaded loaded = DemoFirm.load(admin, rateFeed, urls, projectHome, progress);
        FlowFigures figures = reader.read();
        if (loaded.alreadyThere()) {
            return figures;
        }
        progress.step("Waiting until signals, e-mails and adviser tasks stop changing (at most 60 s)");
        FlowSettling.Outcome outcome = SETTLING.await(reader::read, figures);
        progress.step((outcome.settled() ? "Settled" : "Still moving; the summary is a snapshot") + " after "
                + outcome.waited().toSeconds() + " s: " + outcome.figures().openSignalTotal() + " open signals, "
                + outcome.figures().campaigns().sent() + " e-mails sent, "
                + outcome.figures().campaigns().adviserTasks() + " adviser tasks");
        return outcome.figures();
    }
}
