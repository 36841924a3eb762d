package nl.nazorg.launcher.flow;

import java.util.Map;
import java.util.OptionalLong;

/**
 * What the platform did for one firm so far, as a person would count it: clients in the file, open signals per type
 * (OPEN and IN_PROGRESS, the worklist), what the campaigns did, and — where the SMTP server's mailbox is at hand —
 * how many e-mails it received.
 */
public record FlowFigures(long clients, Map<String, Long> openSignals, CampaignTotals campaigns,
        OptionalLong emailsReceived) {

    public FlowFigures {
        openSignals = Map.copyOf(openSignals);
    }

    public long openSignalTotal() {
        return openSignals.values().stream().mapToLong(Long::longValue).sum();
    }

    public long openSignals(String type) {
        return openSignals.getOrDefault(type, 0L);
    }
}
