package nl.nazorg.launcher.story;

import java.io.PrintStream;
import java.time.Duration;

import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;
import nl.nazorg.launcher.flow.CampaignTotals;
import nl.nazorg.launcher.flow.FlowFigures;
import nl.nazorg.launcher.flow.FlowReader;
import nl.nazorg.launcher.flow.FlowSettling;

/**
 * What every demo story works with: the demo firm's adviser API, where the mailbox page is, and the console; plus the
 * two steps every story ends with: waiting for the platform to act, and saying what changed and where to look.
 */
record StoryStage(PlatformClient api, ServiceUrls urls, String mailboxUrl, PrintStream out) {

    private static final FlowSettling SETTLING = new FlowSettling(Duration.ofSeconds(45), Duration.ofSeconds(5),
            Duration.ofSeconds(90));

    /** The firm's figures; e-mails as campaign-service counts them (the mailbox lives in the launcher's process). */
    FlowFigures figures() {
        return new FlowReader(api, urls, null).read();
    }

    FlowSettling.Outcome awaitEffect(FlowFigures before) throws InterruptedException {
        out.println("Waiting until the platform has acted on it (at most 90 s) ...");
        return SETTLING.await(this::figures, before);
    }

    /** The change in what the campaigns did and in the open signals of the given types. */
    void printEffect(FlowFigures before, FlowSettling.Outcome outcome, String... signalTypes) {
        FlowFigures after = outcome.figures();
        if (!outcome.changed()) {
            out.println("Nothing changed within 45 s.");
        } else if (!outcome.settled()) {
            out.println("Still moving after " + outcome.waited().toSeconds() + " s; figures so far:");
        } else {
            out.println("Settled after " + outcome.waited().toSeconds() + " s:");
        }
        for (String type : signalTypes) {
            out.printf("  %-16s %d -> %d open%n", type, before.openSignals(type), after.openSignals(type));
        }
        CampaignTotals effect = after.campaigns().minus(before.campaigns());
        out.printf("  %-16s +%d sent, +%d adviser tasks, +%d held back%s%n", "campaigns", effect.sent(),
                effect.adviserTasks(), effect.heldBackTotal(), effect.heldBackReasons());
    }

    /** A closing "look at" block; {@code curl} lines use the adviser token the launcher printed. */
    void lookAt(String... lines) {
        out.println();
        out.println("Look at:");
        for (String line : lines) {
            out.println("  " + line);
        }
        out.println("  (TOKEN: the adviser token the launcher printed at start-up)");
    }

    String curl(String url) {
        return "curl -s -H \"Authorization: Bearer $TOKEN\" '" + url + "'";
    }
}
