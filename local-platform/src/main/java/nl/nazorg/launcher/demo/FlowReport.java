package nl.nazorg.launcher.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.nazorg.events.signal.SignalType;
import nl.nazorg.launcher.flow.CampaignTotals;
import nl.nazorg.launcher.flow.FlowFigures;

/** Prints {@link FlowFigures} as the short "what happened" part of the launcher's summary. */
public final class FlowReport {

    private final PrintStream out;

    public FlowReport(PrintStream out) {
        this.out = out;
    }

    public void print(String heading, FlowFigures figures) {
        out.println(heading);
        out.printf("  %-14s %d in the client file%n", "Clients", figures.clients());
        out.printf("  %-14s %d on the worklist%s%n", "Open signals", figures.openSignalTotal(),
                figures.openSignals().isEmpty() ? "" : ":");
        printSignalTypes(figures.openSignals());
        CampaignTotals campaigns = figures.campaigns();
        String received = figures.emailsReceived().isPresent()
                ? figures.emailsReceived().getAsLong() + " received by the SMTP server since this start; " : "";
        out.printf("  %-14s %scampaign-service sent %d, %d failed, %d still to send, %d awaiting approval%n",
                "E-mails", received, campaigns.sent(), campaigns.failed(), campaigns.pending(),
                campaigns.awaitingApproval());
        out.printf("  %-14s %d%n", "Adviser tasks", campaigns.adviserTasks());
        out.printf("  %-14s %s%n", "Held back", campaigns.heldBackText());
    }

    /** Two columns, largest count first; types without an automatic campaign are marked. */
    private void printSignalTypes(Map<String, Long> openSignals) {
        List<String> cells = new ArrayList<>();
        boolean anyWorklistOnly = false;
        for (Map.Entry<String, Long> type : openSignals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList()) {
            boolean worklistOnly = isWorklistOnly(type.getKey());
            anyWorklistOnly |= worklistOnly;
            cells.add(String.format("%-29s %5d", type.getKey() + (worklistOnly ? " *" : ""), type.getValue()));
        }
        for (int i = 0; i < cells.size(); i += 2) {
            out.println("      " + cells.get(i) + (i + 1 < cells.size() ? "     " + cells.get(i + 1) : ""));
        }
        if (anyWorklistOnly) {
            out.println("      * worklist only: no automatic campaign (see local-platform/README.md)");
        }
    }

    private static boolean isWorklistOnly(String type) {
        return DemoCampaigns.WORKLIST_ONLY.stream().map(SignalType::name).anyMatch(type::equals);
    }
}
